package org.leadsurvey.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leadsurvey.instrument.Item;

/**
 * Which column is what, decided once from the header rows: the items (by id, export tag or
 * question text), the team, the respondent id, completion times, the "finished" flag, and the
 * identifying columns that are never read. The per-row loop only indexes arrays built here.
 */
final class ColumnPlan {
  /** What a column is used for. */
  public enum Role { ITEM, TEAM, RESPONDENT_ID, DURATION, START, END, FINISHED, STATUS, IDENTIFYING, METADATA, UNUSED }

  /** Names (compacted: letters and digits) of columns holding personal data. */
  static final Set<String> IDENTIFYING = Set.of("ipaddress", "ipaddr", "ip", "email",
      "emailaddress", "recipientemail", "recipientfirstname", "recipientlastname", "name",
      "firstname", "lastname", "fullname", "locationlatitude", "locationlongitude", "latitude",
      "longitude", "externalreference", "externaldatareference", "phone",
      "phonenumber", "token", "responderemail", "respondentemail", "respondentname");

  private static final Set<String> METADATA = Set.of("startdate", "enddate", "progress",
      "recordeddate", "distributionchannel", "userlanguage", "collectorid", "timestamp",
      "lastpage", "startlanguage", "seed", "datestamp", "refurl", "lastmodifiedtime",
      "customdata1", "surveyid", "language", "lastmodifiedtimes");

  private static final Set<String> RESPONDENT = Set.of("respondent", "respondentid",
      "responseid", "id", "respondentno", "responseno");

  final Dialect dialect;
  final List<String> names;
  final Role[] roles;
  final String[] detail;
  int[] itemColumn;
  int team = -1;
  int respondentId = -1;
  int duration = -1;
  int start = -1;
  int end = -1;
  int finished = -1;
  int status = -1;
  /** LimeSurvey: an empty submitdate marks an unfinished response. */
  int submitDate = -1;

  private ColumnPlan(Dialect dialect, List<String> names) {
    this.dialect = dialect;
    this.names = names;
    this.roles = new Role[names.size()];
    this.detail = new String[names.size()];
    Arrays.fill(roles, Role.UNUSED);
  }

  /**
   * Plans the columns, adding errors for missing or ambiguous items and a missing team.
   *
   * @param headers the header rows (one to three), cells stripped
   * @return the plan; {@link #itemColumn} is null when items could not be mapped
   */
  static ColumnPlan plan(Dialect dialect, List<List<String>> headers, String instrumentId,
      List<Item> items, String teamName, boolean teamRequired, Problems problems) {
    List<String> row1 = headers.get(0);
    int width = row1.size();
    List<List<String>> texts = textRows(dialect, headers, width);
    ColumnPlan p = new ColumnPlan(dialect, displayNames(dialect, headers, width));

    // Metadata and identifying columns, by name (first header row).
    for (int c = 0; c < width; c++) {
      String k = HeaderText.compact(row1.get(c));
      if (IDENTIFYING.contains(k) || k.contains("email") || k.contains("ipaddress")) {
        p.roles[c] = Role.IDENTIFYING;
      } else if (k.equals("durationinseconds") || k.equals("interviewtime")) {
        p.set(c, Role.DURATION, p.duration < 0 ? (p.duration = c) : -1);
      } else if (k.equals("finished")) {
        p.set(c, Role.FINISHED, p.finished < 0 ? (p.finished = c) : -1);
      } else if (k.equals("status") && dialect == Dialect.QUALTRICS) {
        p.set(c, Role.STATUS, p.status < 0 ? (p.status = c) : -1);
      } else if (k.equals("startdate") || k.equals("starttime")) {
        p.set(c, Role.START, p.start < 0 ? (p.start = c) : -1);
      } else if (k.equals("enddate") || k.equals("completiontime") || k.equals("submitdate")) {
        p.set(c, Role.END, p.end < 0 ? (p.end = c) : -1);
        if (k.equals("submitdate")) {
          p.submitDate = c;
        }
      } else if (METADATA.contains(k)) {
        p.roles[c] = Role.METADATA;
      }
    }

    // Items: by id (or LimeSurvey code) first, then by question text.
    int[] cols = new int[items.size()];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      int c = byId(headers, item.id(), p.roles);
      if (c == -1) {
        c = byText(texts, item, p.roles, problems, p.names);
      }
      if (c == -2) {
        return p; // ambiguous: reported
      }
      if (c < 0) {
        missing.add(item.id());
        continue;
      }
      if (p.roles[c] == Role.ITEM) {
        problems.error(1, column(c, p.names), "matches both " + p.detail[c] + " and "
            + item.id() + "; rename the column to one item id");
        return p;
      }
      p.roles[c] = Role.ITEM;
      p.detail[c] = item.id();
      cols[i] = c;
    }
    if (!missing.isEmpty()) {
      String what = missing.size() == 1 ? "no column " + missing.get(0)
          : "no columns " + String.join(", ", missing);
      problems.error(1, null, what + " (instrument " + instrumentId + " needs "
          + String.join(", ", items.stream().map(Item::id).toList())
          + ", by id or question text); the header has: "
          + Excerpt.names(listed(p.names, row1)));
      return p;
    }

    // The team column, by name in any header row.
    if (teamName != null) {
      int c = byId(headers, teamName, p.roles);
      if (c < 0) {
        String wanted = HeaderText.normalise(teamName);
        for (int col = 0; col < width && c < 0; col++) {
          if (p.roles[col] != Role.ITEM && texts.get(0).get(col) != null
              && HeaderText.normalise(texts.get(0).get(col)).equals(wanted)) {
            c = col;
          }
        }
      }
      if (c >= 0 && p.roles[c] == Role.IDENTIFYING) {
        problems.error(1, column(c, p.names), "holds identifying data and cannot be the team"
            + " column (name another with --team)");
        return p;
      }
      if (c < 0 && teamRequired) {
        problems.error(1, null, "no team column '" + teamName + "' (give the right one with"
            + " --team, or leave it out for organisation-level results); the header has: "
            + Excerpt.names(listed(p.names, row1)));
        return p;
      }
      if (c >= 0) {
        p.team = c;
        p.roles[c] = Role.TEAM;
        p.detail[c] = null;
      }
    }

    for (int c = 0; c < width; c++) {
      if (p.respondentId < 0 && p.roles[c] == Role.UNUSED
          && RESPONDENT.contains(HeaderText.compact(row1.get(c)))) {
        p.respondentId = c;
        p.roles[c] = Role.RESPONDENT_ID;
      }
    }
    p.itemColumn = cols;
    return p;
  }

  private void set(int c, Role role, int assigned) {
    roles[c] = assigned >= 0 ? role : Role.METADATA;
  }

  /** The first column whose name, in any header row, is {@code id} (case ignored), or -1. */
  private static int byId(List<List<String>> headers, String id, Role[] roles) {
    for (List<String> row : headers) {
      // A later header row may be longer than the first (a ragged export): columns are the first's.
      for (int c = 0; c < Math.min(row.size(), roles.length); c++) {
        if (roles[c] != Role.ITEM && roles[c] != Role.IDENTIFYING) {
          String h = row.get(c);
          String code = HeaderText.bracketCode(h);
          if (h.equalsIgnoreCase(id) || (code != null && code.equalsIgnoreCase(id))) {
            return c;
          }
        }
      }
    }
    return -1;
  }

  /** The one column whose text (or grid statement) is the item's text; -1 none, -2 ambiguous. */
  private static int byText(List<List<String>> texts, Item item, Role[] roles,
      Problems problems, List<String> names) {
    if (item.text().isBlank()) {
      return -1;
    }
    List<String> wanted = HeaderText.wanted(item.text());
    int found = -1;
    for (int c = 0; c < roles.length; c++) {
      if (roles[c] == Role.ITEM || roles[c] == Role.IDENTIFYING) {
        continue;
      }
      boolean match = false;
      for (List<String> row : texts) {
        String h = row.get(c);
        if (h != null) {
          List<String> candidates = HeaderText.candidates(h);
          for (String w : wanted) {
            match |= candidates.contains(w);
          }
        }
      }
      if (match) {
        if (found >= 0) {
          problems.error(1, null, "item " + item.id() + " matches two columns, "
              + column(found, names) + " and " + column(c, names) + "; keep one or rename it to "
              + item.id());
          return -2;
        }
        found = c;
      }
    }
    return found;
  }

  /**
   * The texts each column stands for, per header row. SurveyMonkey grids leave the question
   * text empty after the first column of the grid, so it is carried forward, and its second
   * row holds the statement (or just "Response").
   */
  private static List<List<String>> textRows(Dialect dialect, List<List<String>> headers,
      int width) {
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < headers.size(); r++) {
      List<String> row = new ArrayList<>(width);
      String carried = null;
      for (int c = 0; c < width; c++) {
        String h = c < headers.get(r).size() ? headers.get(r).get(c) : "";
        if (dialect == Dialect.SURVEYMONKEY && r == 0) {
          if (h.isEmpty()) {
            h = carried == null ? "" : carried;
          } else {
            carried = h;
          }
        }
        if (dialect == Dialect.SURVEYMONKEY && r == 1) {
          String k = HeaderText.compact(h);
          if (k.equals("response") || k.equals("openendedresponse")) {
            h = "";
          }
        }
        if (dialect == Dialect.QUALTRICS && h.startsWith("{")) {
          h = ""; // ImportId JSON
        }
        row.add(h.isEmpty() ? null : h);
      }
      out.add(row);
    }
    return out;
  }

  private static List<String> displayNames(Dialect dialect, List<List<String>> headers,
      int width) {
    List<String> names = new ArrayList<>(width);
    String carried = "";
    for (int c = 0; c < width; c++) {
      String h = headers.get(0).get(c);
      if (dialect == Dialect.SURVEYMONKEY && headers.size() > 1) {
        if (h.isEmpty()) {
          h = carried;
        } else {
          carried = h;
        }
        String sub = c < headers.get(1).size() ? headers.get(1).get(c) : "";
        String k = HeaderText.compact(sub);
        if (!sub.isEmpty() && !k.equals("response") && !k.equals("openendedresponse")) {
          h = h.isEmpty() ? sub : h + " [" + sub + "]";
        }
      }
      names.add(shorten(h));
    }
    return names;
  }

  private static String shorten(String h) {
    String one = h.replace('\n', ' ').replace('\r', ' ');
    return one.length() > 60 ? one.substring(0, 57) + "..." : one;
  }

  /**
   * The names to list in a message: a header cell that spans lines is shown up to its first
   * line break only, since what follows may be rows an unclosed quote swallowed.
   */
  private static List<String> listed(List<String> names, List<String> raw) {
    List<String> out = new ArrayList<>(names.size());
    for (int c = 0; c < names.size(); c++) {
      String r = c < raw.size() ? raw.get(c) : "";
      out.add(r.indexOf('\n') >= 0 || r.indexOf('\r') >= 0 ? r : names.get(c));
    }
    return out;
  }

  static String column(int index, List<String> names) {
    String name = names.get(index);
    return (index + 1) + (name.isEmpty() ? "" : " (" + name + ")");
  }

  /** Whether the Qualtrics Status cell marks a preview, test or spam response. */
  static boolean isNotARealResponse(String status) {
    String s = status.strip().toLowerCase(Locale.ROOT);
    return s.equals("survey preview") || s.equals("survey test") || s.equals("spam")
        || s.equals("1") || s.equals("2") || s.equals("8");
  }

  /** Whether the Qualtrics Finished cell says not finished. */
  static boolean isUnfinished(String finished) {
    String s = finished.strip();
    return s.equals("0") || s.equalsIgnoreCase("false");
  }

  /** The plan as reported by {@code validate}: one entry per column. */
  List<ReadSummary.ColumnUse> uses() {
    List<ReadSummary.ColumnUse> out = new ArrayList<>();
    for (int c = 0; c < roles.length; c++) {
      out.add(new ReadSummary.ColumnUse(c + 1, names.get(c),
          roles[c].name().toLowerCase(Locale.ROOT).replace('_', '-'), detail[c]));
    }
    return out;
  }

  /** Where the planner reports. */
  interface Problems {
    void error(long line, String column, String message);
  }

  /** The column named {@code name}: exactly, else ignoring case; -1 when there is none. */
  static int find(List<String> header, String name) {
    int exact = header.indexOf(name);
    if (exact >= 0) {
      return exact;
    }
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).equalsIgnoreCase(name)) {
        return c;
      }
    }
    return -1;
  }
}
