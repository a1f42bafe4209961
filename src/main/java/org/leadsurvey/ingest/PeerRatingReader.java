package org.leadsurvey.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leadsurvey.instrument.ResponseScale;

/**
 * Streams round-robin peer ratings to a {@link CriterionHandler}, one rating at a time, in either
 * layout:
 * <ul>
 *   <li><b>long</b>: one row per rating, columns team, rater, ratee, rating, and optionally
 *       criterion (several criteria: one row per rating on each);
 *   <li><b>wide</b>: one row per rater, columns team, rater and one column per person rated
 *       (the column's name is the person; an empty cell is a dyad not rated). Several
 *       criteria: one block of columns per criterion, each named {@code Criterion: Person}
 *       (every person column then has a ": ", the first of which ends the criterion).
 * </ul>
 * Checks every rating against the scale, and every person against the roster when one is
 * given; bad input becomes {@link Finding}s naming file, line and column. Self-ratings are
 * skipped and counted. Nothing but the current row is held here.
 */
public final class PeerRatingReader {
  /** Findings kept in full; later ones are only counted. */
  static final int KEPT_FINDINGS = 100;

  public enum Layout { AUTO, LONG, WIDE }

  /**
   * Receives each rating with the criterion rated (null for a single-criterion file, and for
   * the NaN that only registers a member: the dyad was left empty, but both people are
   * members). Returns null when accepted, or why it is refused (for example a dyad rated
   * twice).
   */
  @FunctionalInterface
  public interface CriterionHandler {
    String accept(String team, String rater, String ratee, String criterion, double rating);
  }

  /** Separates the criterion from the person in a wide layout's column name. */
  public static final String WIDE_SEPARATOR = ": ";

  /** The long layout's criterion column when {@code --criterion} is not given. */
  public static final String CRITERION_COLUMN = "criterion";

  /**
   * @param roster who is in which team, or null to take the people found in the file
   * @param missingCodes cell values that mean "not rated" (the empty cell always does)
   * @param criterionColumn the long layout's criterion column, required when given; null to
   *     use {@value #CRITERION_COLUMN} when the file has it
   */
  public record Request(Layout layout, String teamColumn, String raterColumn,
      String rateeColumn, String ratingColumn, String criterionColumn, ResponseScale scale,
      Set<String> missingCodes, Roster roster) {}

  /**
   * The read's counts and findings, and the layout used.
   *
   * @param criteria whether the file rates several criteria (a criterion column, or blocks of
   *     columns)
   */
  public record Summary(ReadSummary read, Layout layout, long ratings, long selfRatings,
      boolean criteria) {}

  private final InputSource source;
  private final Request request;
  private final List<Finding> findings = new ArrayList<>();
  private long errors;
  private long ratings;
  private long selfRatings;
  private Layout layout;
  private boolean criteria;

  private PeerRatingReader(InputSource source, Request request) {
    this.source = source;
    this.request = request;
    this.layout = request.layout();
  }

  public static Summary read(InputSource source, Request request, CriterionHandler handler) {
    return new PeerRatingReader(source, request).run(handler);
  }

  private Summary run(CriterionHandler handler) {
    long rows = 0;
    long last = 0; // starting line of the last record read
    if (source.path() != null && Files.isDirectory(source.path())) {
      error(0, null, "is a directory, not a CSV file");
      return summary(0);
    }
    try (QuoteTracker text = CommaCsv.open(source);
        CsvReader<CsvRecord> csv = CommaCsv.records(text)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        error(0, null, "the file is empty (expected a header row: " + request.teamColumn() + ","
            + request.raterColumn() + "," + request.rateeColumn() + "," + request.ratingColumn()
            + ", or " + request.teamColumn() + "," + request.raterColumn() + ",<one column per person>)");
        return summary(0);
      }
      if (source.encodingNote() != null && findings.size() < KEPT_FINDINGS) {
        findings.add(Finding.warning(source.name(), 0, null, source.encodingNote()));
      }
      CsvRecord first = records.next();
      last = first.getStartingLineNumber();
      if (text.endedInsideQuotes()) {
        error(last, null, ReadErrors.UNCLOSED_QUOTE);
        return summary(0);
      }
      List<String> header = CommaCsv.header(first);
      Columns cols = columns(header);
      if (cols == null) {
        return summary(0);
      }
      criteria = cols.criterion >= 0 || cols.criteria.length > 0 && cols.criteria[0] != null;
      while (records.hasNext()) {
        CsvRecord r = records.next();
        long line = r.getStartingLineNumber();
        last = line;
        if (text.endedInsideQuotes()) {
          // Commons CSV failed here, before the row: the rest of the file is not a rating
          error(line, null, ReadErrors.UNCLOSED_QUOTE);
          return summary(rows);
        }
        rows++;
        int size = r.getFieldCount();
        if (size != header.size()) {
          error(line, null, "the row has " + size + (size == 1 ? " field" : " fields")
              + " but the header has " + header.size() + " (a ragged row: check for a missing"
              + " or extra delimiter)");
          continue;
        }
        String team = r.getField(cols.team).strip();
        String rater = r.getField(cols.rater).strip();
        if (team.isEmpty() || rater.isEmpty()) {
          int c = team.isEmpty() ? cols.team : cols.rater;
          error(line, ColumnPlan.column(c, header), "empty cell: every row names its team and rater");
          continue;
        }
        if (!inRoster(line, cols.team, header, team, null)
            || !inRoster(line, cols.rater, header, team, rater)) {
          continue;
        }
        if (layout == Layout.LONG) {
          String ratee = r.getField(cols.ratee).strip();
          if (ratee.isEmpty()) {
            error(line, ColumnPlan.column(cols.ratee, header), "empty cell: every row names the person rated");
            continue;
          }
          String criterion = null;
          if (cols.criterion >= 0) {
            criterion = r.getField(cols.criterion).strip();
            if (criterion.isEmpty()) {
              error(line, ColumnPlan.column(cols.criterion, header),
                  "empty cell: every row names the criterion rated");
              continue;
            }
          }
          if (inRoster(line, cols.ratee, header, team, ratee)) {
            rating(line, cols.rating, header, r.getField(cols.rating), team, rater, ratee,
                criterion, handler);
          }
        } else {
          boolean any = false;
          for (int k = 0; k < cols.people.length; k++) {
            int c = cols.people[k];
            String cell = r.getField(c);
            if (!isMissing(cell)) {
              any = true;
              String ratee = cols.rated[k];
              if (inRoster(line, c, header, team, ratee)) {
                rating(line, c, header, cell, team, rater, ratee, cols.criteria[k], handler);
              }
            }
          }
          if (!any) { // a rater who rated nobody is still a member
            handler.accept(team, rater, rater, null, Double.NaN);
          }
        }
      }
      if (rows == 0) {
        error(0, null, "no ratings: the file has a header row only");
      }
    } catch (IOException | UncheckedIOException | CsvParseException e) {
      error(ReadErrors.line(e, last + 1), null, ReadErrors.describe(e));
    }
    return summary(rows);
  }

  /**
   * @param criterion the long layout's criterion column, -1 for none
   * @param people the wide layout's rating columns; {@code rated} and {@code criteria} give
   *     each one's person and criterion (null for a single criterion)
   */
  private record Columns(int team, int rater, int ratee, int rating, int criterion,
      int[] people, String[] rated, String[] criteria) {}

  private Columns columns(List<String> header) {
    int team = ColumnPlan.find(header, request.teamColumn());
    int rater = ColumnPlan.find(header, request.raterColumn());
    int ratee = ColumnPlan.find(header, request.rateeColumn());
    int rating = ColumnPlan.find(header, request.ratingColumn());
    String criterionName = request.criterionColumn() == null ? CRITERION_COLUMN
        : request.criterionColumn();
    int criterion = ColumnPlan.find(header, criterionName);
    if (layout == Layout.AUTO) {
      layout = ratee >= 0 && rating >= 0 ? Layout.LONG : Layout.WIDE;
    }
    List<String> needed = new ArrayList<>(List.of(request.teamColumn(), request.raterColumn()));
    if (layout == Layout.LONG) {
      needed.addAll(List.of(request.rateeColumn(), request.ratingColumn()));
      if (request.criterionColumn() != null) {
        needed.add(request.criterionColumn());
      }
    } else if (request.criterionColumn() != null) {
      error(1, null, "--criterion names the long layout's criterion column; in the wide layout"
          + " name each column Criterion" + WIDE_SEPARATOR + "Person");
      return null;
    }
    List<String> missing = needed.stream().filter(n -> ColumnPlan.find(header, n) < 0).toList();
    if (!missing.isEmpty()) {
      String what = missing.size() == 1 ? "no column " + missing.get(0)
          : "no columns " + String.join(", ", missing);
      error(1, null, what + " (the " + layout.name().toLowerCase(Locale.ROOT)
          + " layout needs " + String.join(", ", needed)
          + (layout == Layout.WIDE ? " and one column per person" : "")
          + "; name them with --team, --rater, --ratee, --rating, --criterion); the header has: "
          + Excerpt.names(header));
      return null;
    }
    int[] people = new int[0];
    if (layout == Layout.WIDE) {
      List<Integer> p = new ArrayList<>();
      for (int c = 0; c < header.size(); c++) {
        if (c != team && c != rater && !header.get(c).isEmpty()) {
          p.add(c);
        }
      }
      if (p.isEmpty()) {
        error(1, null, "no person columns: the wide layout needs " + request.teamColumn() + ", "
            + request.raterColumn() + " and one column per person rated (or give the long"
            + " layout's " + request.rateeColumn() + " and " + request.ratingColumn() + " columns)");
        return null;
      }
      people = p.stream().mapToInt(Integer::intValue).toArray();
      String[] rated = new String[people.length];
      String[] criteria = new String[people.length];
      boolean blocks = true;
      for (int c : people) {
        int cut = header.get(c).indexOf(WIDE_SEPARATOR);
        blocks &= cut > 0 && cut + WIDE_SEPARATOR.length() < header.get(c).length();
      }
      for (int k = 0; k < people.length; k++) {
        String name = header.get(people[k]);
        int cut = name.indexOf(WIDE_SEPARATOR);
        rated[k] = blocks ? name.substring(cut + WIDE_SEPARATOR.length()).strip() : name;
        criteria[k] = blocks ? name.substring(0, cut).strip() : null;
      }
      return new Columns(team, rater, -1, -1, -1, people, rated, criteria);
    }
    return new Columns(team, rater, ratee, rating, criterion, people, new String[0],
        new String[0]);
  }

  /** Whether the team (person null) or the person is in the roster; an error when not. */
  private boolean inRoster(long line, int c, List<String> header, String team, String person) {
    Roster roster = request.roster();
    if (roster == null) {
      return true;
    }
    if (person == null) {
      if (!roster.hasTeam(team)) {
        error(line, ColumnPlan.column(c, header), "team \"" + Excerpt.of(team)
            + "\" is not in the roster");
        return false;
      }
      return true;
    }
    if (!roster.isMember(team, person)) {
      error(line, ColumnPlan.column(c, header), "\"" + Excerpt.of(person)
          + "\" is not in team \"" + Excerpt.of(team) + "\" of the roster");
      return false;
    }
    return true;
  }

  private void rating(long line, int c, List<String> header, String cell, String team,
      String rater, String ratee, String criterion, CriterionHandler handler) {
    double v = value(cell);
    if (v == INVALID) {
      error(line, ColumnPlan.column(c, header), invalidMessage(cell));
      return;
    }
    if (rater.equals(ratee)) {
      if (!Double.isNaN(v)) {
        selfRatings++;
      }
      handler.accept(team, rater, ratee, criterion, Double.NaN); // still a member
      return;
    }
    String problem = handler.accept(team, rater, ratee, criterion, v);
    if (problem != null) {
      error(line, ColumnPlan.column(c, header), problem);
    } else if (!Double.isNaN(v)) {
      ratings++;
    }
  }

  static final double INVALID = Double.NEGATIVE_INFINITY;

  private boolean isMissing(String cell) {
    String s = cell.strip();
    return s.isEmpty() || request.missingCodes().contains(s);
  }

  private double value(String cell) {
    if (isMissing(cell)) {
      return Double.NaN;
    }
    double v = AnswerCode.number(cell.strip());
    return request.scale().contains(v) ? v : INVALID;
  }

  private String invalidMessage(String cell) {
    String s = cell.strip();
    String quoted = Excerpt.of(s);
    ResponseScale scale = request.scale();
    double v = AnswerCode.number(s);
    if (Double.isNaN(v)) {
      return "rating \"" + quoted + "\" is not a number";
    }
    if (v != Math.rint(v)) {
      return "rating \"" + quoted + "\" is not one of the options " + scale;
    }
    return "rating \"" + quoted + "\" is outside the scale " + scale + " (set it with --scale)";
  }

  private void error(long line, String column, String message) {
    errors++;
    if (findings.size() < KEPT_FINDINGS) {
      findings.add(Finding.error(source.name(), line, column, message));
    }
  }

  private Summary summary(long rows) {
    return new Summary(new ReadSummary(rows, true, findings, errors),
        layout == Layout.AUTO ? Layout.LONG : layout, ratings, selfRatings, criteria);
  }
}
