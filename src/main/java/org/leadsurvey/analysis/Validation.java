package org.leadsurvey.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.ingest.RowSink;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.io.TempFiles;
import org.leadsurvey.result.Disclosure;
import org.leadsurvey.result.ScreeningReport;
import org.leadsurvey.result.ValidationReport;
import org.leadsurvey.stats.CarelessScreen;

/**
 * Plumbing of {@code validate}: one read (two with screening) that checks a file without
 * computing statistics (the reader finds repeated respondent ids). Counts per item and team;
 * nothing of anyone's answers; what may be shown of it is {@link Disclosure#validation}'s.
 */
final class Validation {
  /** Lines listed per kind of finding; the rest are counted. */
  static final int LISTED = 100;

  private Validation() {}

  static ValidationReport run(InputSource source, Instrument instrument, SurveySettings settings,
      ResponseReader.Options read, CarelessScreen.Thresholds screenThresholds, Progress progress)
      throws IOException {
    ResponseReader.Options details = read.withDetails(true);
    Path spool = screenThresholds != null ? source.spool() : null;
    try {
      InputSource input = spool == null ? source : source.replayable(spool);
      CarelessScreen careless = null;
      if (screenThresholds != null) {
        Analysis.begin(progress, input, "screening", 1, 2);
        Analysis.Fit fit = Analysis.fit(input, instrument, settings, details, screenThresholds,
            progress);
        if (fit.screen() == null) {
          return Disclosure.validation(source.name(), fit.summary(), 0, List.of(), Map.of(), 0,
              settings.minGroup(), null, Map.of());
        }
        careless = fit.screen();
      }
      CarelessScreen screen = careless;
      int k = instrument.items().size();
      long[] answered = new long[k];
      Map<String, Long> teams = new HashMap<>();
      long[] counts = new long[2]; // accepted, without team
      Map<CarelessScreen.Rule, List<Long>> flagged = new EnumMap<>(CarelessScreen.Rule.class);
      long[][] perTeam = {new long[16]}; // rows by team number
      double[] row = new double[k];
      if (careless == null) {
        Analysis.begin(progress, input, "checking", 1, 1);
      } else {
        Analysis.begin(progress, input, "checking", 2, 2);
      }
      ReadSummary summary = ResponseReader.read(input,
          Analysis.request(instrument, settings, details), RowSink.each(rows -> {
            progress.rows(rows.size());
            for (int r = 0; r < rows.size(); r++) {
              rows.raw(r, row);
              counts[0]++;
              for (int i = 0; i < k; i++) {
                answered[i] += Double.isNaN(row[i]) ? 0 : 1;
              }
              int team = rows.team(r);
              if (team < 0) {
                counts[1]++;
              } else {
                if (team >= perTeam[0].length) {
                  perTeam[0] = Arrays.copyOf(perTeam[0], Math.max(team + 1,
                      2 * perTeam[0].length));
                }
                perTeam[0][team]++;
              }
              if (screen != null) {
                int flags = screen.screen(row, rows.seconds(r));
                for (CarelessScreen.Rule rule : CarelessScreen.Rule.values()) {
                  if (CarelessScreen.has(flags, rule)) {
                    List<Long> lines = flagged.computeIfAbsent(rule, x -> new ArrayList<>());
                    if (lines.size() < LISTED) {
                      lines.add(rows.line(r));
                    }
                  }
                }
              }
            }
          }));
      for (int t = 0; t < summary.teams().size(); t++) {
        teams.put(summary.teams().get(t), perTeam[0][t]);
      }
      progress.done();
      List<String> never = new ArrayList<>();
      if (summary.layout() != null && counts[0] > 0) {
        for (int i = 0; i < k; i++) {
          if (answered[i] == 0) {
            never.add(instrument.items().get(i).id());
          }
        }
      }
      ScreeningReport screening = screen == null ? null
          : new ScreeningReport(screen.counts(), screenThresholds, false);
      return Disclosure.validation(source.name(), summary, counts[0], never, teams, counts[1],
          settings.minGroup(), screening, flagged);
    } finally {
      TempFiles.delete(spool); // and forgets it, so the exit hook does not try again
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
