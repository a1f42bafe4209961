package org.leadsurvey.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is in which team: a CSV with a {@code team} and a {@code person} column, one row per
 * member. Held in memory (one entry per person).
 */
public final class Roster {
  private final Map<String, Set<String>> teams;
  /** The line naming each member first, keyed team, NUL, person: for errors about them. */
  private final Map<String, Long> lines;

  private Roster(Map<String, Set<String>> teams, Map<String, Long> lines) {
    this.teams = teams;
    this.lines = lines;
  }

  /** The roster, or the findings explaining why it could not be read. */
  public record Loaded(Roster roster, List<Finding> errors) {}

  /** Teams in file order, each with its members in file order. */
  public Map<String, Set<String>> teams() {
    return teams;
  }

  public boolean hasTeam(String team) {
    return teams.containsKey(team);
  }

  /** The line of the roster that names {@code person} in {@code team} first; 0 if none. */
  public long line(String team, String person) {
    return lines.getOrDefault(team + '\0' + person, 0L);
  }

  public boolean isMember(String team, String person) {
    Set<String> members = teams.get(team);
    return members != null && members.contains(person);
  }

  public static Loaded read(InputSource source, String teamColumn) {
    List<Finding> errors = new ArrayList<>();
    Map<String, Set<String>> teams = new LinkedHashMap<>();
    Map<String, Long> lines = new HashMap<>();
    long last = 0; // starting line of the last record read
    try (QuoteTracker text = CommaCsv.open(source);
        CsvReader<CsvRecord> csv = CommaCsv.records(text)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        errors.add(Finding.error(source.name(), 0, null,
            "the roster is empty (expected a header row with " + teamColumn + ",person)"));
        return new Loaded(null, errors);
      }
      CsvRecord first = records.next();
      last = first.getStartingLineNumber();
      if (text.endedInsideQuotes()) {
        errors.add(Finding.error(source.name(), last, null, ReadErrors.UNCLOSED_QUOTE));
        return new Loaded(null, errors);
      }
      List<String> header = CommaCsv.header(first);
      int team = ColumnPlan.find(header, teamColumn);
      int person = ColumnPlan.find(header, "person");
      if (team < 0 || person < 0) {
        errors.add(Finding.error(source.name(), last, null, "a roster needs the columns "
            + teamColumn + " and person; the header has: " + Excerpt.names(header)));
        return new Loaded(null, errors);
      }
      while (records.hasNext() && errors.isEmpty()) {
        CsvRecord r = records.next();
        long line = r.getStartingLineNumber();
        last = line;
        if (text.endedInsideQuotes()) {
          errors.add(Finding.error(source.name(), line, null, ReadErrors.UNCLOSED_QUOTE));
          break;
        }
        if (r.getFieldCount() != header.size()) {
          errors.add(Finding.error(source.name(), line, null, "the row has " + r.getFieldCount()
              + " fields but the header has " + header.size() + " (a ragged row)"));
          break;
        }
        String t = r.getField(team).strip();
        String p = r.getField(person).strip();
        if (t.isEmpty() || p.isEmpty()) {
          int c = t.isEmpty() ? team : person;
          errors.add(Finding.error(source.name(), line, (c + 1) + " (" + header.get(c) + ")",
              "empty cell: every roster row names a team and a person"));
          break;
        }
        teams.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(p);
        lines.putIfAbsent(t + '\0' + p, line);
      }
    } catch (IOException | UncheckedIOException | CsvParseException e) {
      errors.add(Finding.error(source.name(), ReadErrors.line(e, last + 1), null,
          ReadErrors.describe(e)));
    }
    return errors.isEmpty() ? new Loaded(new Roster(teams, lines), errors) : new Loaded(null, errors);
  }
}
