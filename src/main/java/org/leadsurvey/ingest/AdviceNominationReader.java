package org.leadsurvey.ingest;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams advice nominations ("whom do you go to for advice?"), one row per nomination with
 * a person column and an advisor column, to a {@link NominationHandler}. Everyone named must be
 * on the roster: a person or advisor who is not is an error naming file, line and column (a
 * typo would otherwise move a tie between teams or out of the count). A row with an empty
 * advisor (or a missing-value code such as NA) is a person who answered and named nobody. Self-nominations are skipped and
 * counted; a nomination repeated is counted once, with a warning.
 */
public final class AdviceNominationReader {
  /** Findings kept in full; later ones are only counted. */
  static final int KEPT_FINDINGS = 100;

  /** Receives each person who answered and each nomination, by roster index. */
  public interface NominationHandler {
    void answered(int person);

    /** @return false when the person had already named this advisor */
    boolean nominated(int person, int advisor);
  }

  /**
   * The organisation: every person once, with their team.
   *
   * @param index each person's index into {@code people}
   */
  public record People(List<String> teams, List<String> people, int[] teamOf,
      Map<String, Integer> index) {}

  /** The people of a roster, or the finding explaining why a person has two teams. */
  public record Organisation(People people, Finding error) {}

  /** @param rosterName the roster's file name, for the error */
  public static Organisation organisation(Roster roster, String rosterName) {
    List<String> teams = new ArrayList<>(roster.teams().keySet());
    List<String> people = new ArrayList<>();
    List<Integer> teamOf = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int t = 0; t < teams.size(); t++) {
      for (String p : roster.teams().get(teams.get(t))) {
        Integer before = index.putIfAbsent(p, people.size());
        if (before != null) {
          return new Organisation(null, Finding.error(rosterName,
              roster.line(teams.get(t), p), null, "\"" + Excerpt.of(p)
              + "\" is in two teams, \"" + Excerpt.of(teams.get(teamOf.get(before)))
              + "\" and \"" + Excerpt.of(teams.get(t)) + "\": in the organisation scope each"
              + " person has one team"));
        }
        people.add(p);
        teamOf.add(t);
      }
    }
    return new Organisation(new People(teams, people,
        teamOf.stream().mapToInt(Integer::intValue).toArray(), index), null);
  }

  /**
   * @param personColumn the one asking
   * @param advisorColumn the one they ask
   * @param missingCodes cell values meaning an empty cell (an advisor slot left blank)
   */
  public record Request(String personColumn, String advisorColumn, People people,
      Set<String> missingCodes) {}

  /** The read's counts and findings. */
  public record Summary(ReadSummary read, long nominations, long selfNominations,
      long duplicates) {}

  private final InputSource source;
  private final Request request;
  private final List<Finding> findings = new ArrayList<>();
  private long errors;
  private long nominations;
  private long selfNominations;
  private long duplicates;

  private AdviceNominationReader(InputSource source, Request request) {
    this.source = source;
    this.request = request;
  }

  public static Summary read(InputSource source, Request request, NominationHandler handler) {
    return new AdviceNominationReader(source, request).run(handler);
  }

  private Summary run(NominationHandler handler) {
    long rows = 0;
    long last = 0;
    if (source.path() != null && Files.isDirectory(source.path())) {
      error(0, null, "is a directory, not a CSV file");
      return summary(0);
    }
    try (QuoteTracker text = CommaCsv.open(source);
        CsvReader<CsvRecord> csv = CommaCsv.records(text)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (!records.hasNext()) {
        error(0, null, "the file is empty (expected a header row: " + request.personColumn()
            + "," + request.advisorColumn() + ")");
        return summary(0);
      }
      if (source.encodingNote() != null) {
        findings.add(Finding.warning(source.name(), 0, null, source.encodingNote()));
      }
      CsvRecord first = records.next();
      last = first.getStartingLineNumber();
      if (text.endedInsideQuotes()) {
        error(last, null, ReadErrors.UNCLOSED_QUOTE);
        return summary(0);
      }
      List<String> header = CommaCsv.header(first);
      int person = ColumnPlan.find(header, request.personColumn());
      int advisor = ColumnPlan.find(header, request.advisorColumn());
      if (person < 0 || advisor < 0) {
        error(1, null, "nominations need the columns " + request.personColumn() + " and "
            + request.advisorColumn() + " (name them with --person and --advisor); the header"
            + " has: " + Excerpt.names(header));
        return summary(0);
      }
      while (records.hasNext()) {
        CsvRecord r = records.next();
        long line = r.getStartingLineNumber();
        last = line;
        if (text.endedInsideQuotes()) {
          error(line, null, ReadErrors.UNCLOSED_QUOTE);
          return summary(rows);
        }
        rows++;
        if (r.getFieldCount() != header.size()) {
          error(line, null, "the row has " + r.getFieldCount() + (r.getFieldCount() == 1
              ? " field" : " fields") + " but the header has " + header.size()
              + " (a ragged row: check for a missing or extra delimiter)");
          continue;
        }
        String who = cell(r.getField(person));
        String whom = cell(r.getField(advisor));
        if (who.isEmpty()) {
          error(line, ColumnPlan.column(person, header),
              "empty cell: every row names the person asking");
          continue;
        }
        Integer p = onRoster(line, person, header, who);
        Integer a = whom.isEmpty() ? null : onRoster(line, advisor, header, whom);
        if (p == null || (!whom.isEmpty() && a == null)) {
          continue;
        }
        handler.answered(p);
        if (a == null) {
          continue; // answered, named nobody
        }
        if (a.equals(p)) {
          selfNominations++;
        } else if (handler.nominated(p, a)) {
          nominations++;
        } else {
          duplicates++;
          warning(line, ColumnPlan.column(advisor, header), "\"" + Excerpt.of(who)
              + "\" named \"" + Excerpt.of(whom) + "\" again: counted once");
        }
      }
      if (rows == 0) {
        error(0, null, "no nominations: the file has a header row only");
      }
    } catch (IOException | UncheckedIOException | CsvParseException e) {
      error(ReadErrors.line(e, last + 1), null, ReadErrors.describe(e));
    }
    return summary(rows);
  }

  /** The stripped cell, empty for a missing-value code such as NA. */
  private String cell(String raw) {
    String s = raw.strip();
    return request.missingCodes().contains(s) ? "" : s;
  }

  private Integer onRoster(long line, int c, List<String> header, String name) {
    Integer i = request.people().index().get(name);
    if (i == null) {
      error(line, ColumnPlan.column(c, header), "\"" + Excerpt.of(name)
          + "\" is not on the roster (everyone named must be in a team of --roster)");
    }
    return i;
  }

  private void error(long line, String column, String message) {
    errors++;
    if (findings.size() < KEPT_FINDINGS) {
      findings.add(Finding.error(source.name(), line, column, message));
    }
  }

  private void warning(long line, String column, String message) {
    if (findings.size() < KEPT_FINDINGS) {
      findings.add(Finding.warning(source.name(), line, column, message));
    }
  }

  private Summary summary(long rows) {
    return new Summary(new ReadSummary(rows, true, findings, errors), nominations,
        selfNominations, duplicates);
  }
}
