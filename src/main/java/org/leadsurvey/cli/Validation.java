package org.leadsurvey.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.result.ScreeningReport;
import org.leadsurvey.stats.CarelessScreen;
import org.leadsurvey.stats.NaturalOrder;

/**
 * Plumbing of {@code validate}: one read (two with screening) that checks a file without
 * computing statistics. Holds the set of respondent ids (for duplicates) and counts per item
 * and team; nothing of anyone's answers.
 */
final class Validation {
  /** Lines listed per kind of finding; the rest are counted. */
  static final int LISTED = 100;

  /** A repeated respondent id: the line it repeats on and the line it first appeared on. */
  record Duplicate(long line, long firstLine) {}

  record Result(ReadSummary summary, long accepted, long duplicateCount,
      List<Duplicate> duplicates, List<String> neverAnswered, Map<String, Long> smallTeams,
      long withoutTeam, ScreeningReport screening, Map<CarelessScreen.Rule, List<Long>> flaggedLines) {

    boolean hasErrors() {
      return summary.hasErrors();
    }

    /** Warnings besides the reader's: duplicates, unanswered items, small teams, flags. */
    List<String> warnings(String file, String teamColumn, int minGroup) {
      List<String> w = new ArrayList<>();
      if (duplicateCount > 0) {
        w.add(file + ": " + duplicateCount + " duplicate respondent id"
            + (duplicateCount == 1 ? "" : "s") + " (lines " + String.join(", ",
            duplicates.stream().map(d -> d.line() + " repeats " + d.firstLine()).toList())
            + (duplicateCount > duplicates.size() ? ", ..." : "") + ")");
      }
      if (!neverAnswered.isEmpty()) {
        w.add(file + ": never answered: " + String.join(", ", neverAnswered));
      }
      if (summary.layout() != null && !summary.hasTeam() && teamColumn != null) {
        w.add(file + ": no '" + teamColumn + "' column, so organisation-level results only"
            + " (name the team column with --team)");
      }
      if (!smallTeams.isEmpty()) {
        w.add(file + ": " + smallTeams.size() + " team" + (smallTeams.size() == 1 ? "" : "s")
            + " under the reporting size of " + minGroup + ", hidden in every output: "
            + String.join(", ", smallTeams.entrySet().stream()
            .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()));
      }
      if (screening != null && screening.counts().flagged() > 0) {
        w.add(file + ": " + screening.headline());
      }
      return w;
    }
  }

  private Validation() {}

  static Result run(InputSource source, Instrument instrument, Analysis.Settings settings,
      ResponseReader.Options read, CarelessScreen.Thresholds screenThresholds, Progress progress)
      throws java.io.IOException {
    ResponseReader.Options details = new ResponseReader.Options(read.dialect(),
        read.includeUnfinished(), true);
    java.nio.file.Path spool = screenThresholds != null && source.isStdin()
        ? java.nio.file.Files.createTempFile("leadsurvey-stdin", ".csv") : null;
    try {
      InputSource input = spool == null ? source : source.replayable(spool);
      CarelessScreen careless = null;
      if (screenThresholds != null) {
        Analysis.Fit fit = Analysis.fit(input, instrument, settings, details, screenThresholds,
            progress);
        if (fit.screen() == null) {
          return new Result(fit.summary(), 0, 0, List.of(), List.of(), Map.of(), 0, null, Map.of());
        }
        careless = fit.screen();
      }
      CarelessScreen screen = careless;
      int k = instrument.items().size();
      long[] answered = new long[k];
      Map<String, Long> ids = new HashMap<>();
      Map<String, Long> teams = new HashMap<>();
      List<Duplicate> duplicates = new ArrayList<>();
      long[] counts = new long[3]; // accepted, duplicates, without team
      Map<CarelessScreen.Rule, List<Long>> flagged = new EnumMap<>(CarelessScreen.Rule.class);
      ReadSummary summary = ResponseReader.read(input,
          Analysis.request(instrument, settings, details), new ResponseReader.RowHandler() {
            @Override
            public void accept(String team, double[] raw) {
              throw new AssertionError("called with RowInfo");
            }

            @Override
            public void accept(String team, double[] raw, ResponseReader.RowInfo info) {
              counts[0]++;
              for (int i = 0; i < k; i++) {
                answered[i] += Double.isNaN(raw[i]) ? 0 : 1;
              }
              String id = info.respondentId();
              if (id != null && !id.isEmpty()) {
                Long first = ids.putIfAbsent(id, info.line());
                if (first != null) {
                  counts[1]++;
                  if (duplicates.size() < LISTED) {
                    duplicates.add(new Duplicate(info.line(), first));
                  }
                }
              }
              if (team == null) {
                counts[2]++;
              } else {
                teams.merge(team, 1L, Long::sum);
              }
              if (screen != null) {
                int flags = screen.screen(raw, info.seconds());
                for (CarelessScreen.Rule r : CarelessScreen.Rule.values()) {
                  if (CarelessScreen.has(flags, r)) {
                    List<Long> lines = flagged.computeIfAbsent(r, x -> new ArrayList<>());
                    if (lines.size() < LISTED) {
                      lines.add(info.line());
                    }
                  }
                }
              }
              progress.row();
            }
          });
      progress.done();
      List<String> never = new ArrayList<>();
      if (summary.layout() != null && counts[0] > 0) {
        for (int i = 0; i < k; i++) {
          if (answered[i] == 0) {
            never.add(instrument.items().get(i).id());
          }
        }
      }
      Map<String, Long> small = new TreeMap<>(NaturalOrder.INSTANCE);
      teams.forEach((t, n) -> {
        if (n < settings.minGroup()) {
          small.put(t, n);
        }
      });
      ScreeningReport screening = screen == null ? null
          : new ScreeningReport(screen.counts(), screenThresholds, false);
      return new Result(summary, counts[0], counts[1], duplicates, never, small, counts[2],
          screening, flagged);
    } finally {
      if (spool != null) {
        java.nio.file.Files.deleteIfExists(spool);
      }
    }
  }

  /** "2 rows dropped: 1 unfinished, ..." or null when none were. */
  static String droppedNote(ReadSummary s) {
    if (s.droppedRows() == 0) {
      return null;
    }
    long n = s.droppedRows();
    return n + (n == 1 ? " row" : " rows") + " dropped: " + String.join(", ",
        s.dropped().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList())
        + (s.dropped().containsKey("unfinished") ? " (--include-unfinished keeps unfinished ones)"
        : "");
  }
}
