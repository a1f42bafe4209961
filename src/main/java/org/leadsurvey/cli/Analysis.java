package org.leadsurvey.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.ResponseScale;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.report.ScaleReport;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.ScaleAccumulator;

/**
 * Wires one pass: the reader's raw answers are keyed by the instrument and fed to one
 * {@link ScaleAccumulator} per scale (per wave, when a wave column splits the file). No
 * statistics here, only plumbing.
 */
final class Analysis {
  /** The read's findings, and the scales' results when the read had no errors. */
  record Outcome(ReadSummary summary, List<ScaleReport> scales) {}

  /** One wave of a file split by a column: its rows and scales. */
  record Part(String wave, long rows, List<ScaleReport> scales) {}

  /** The read's findings and, without errors, each wave in order of first appearance. */
  record SplitOutcome(ReadSummary summary, List<Part> parts) {}

  record Settings(String teamColumn, boolean teamRequired, MissingPolicy missing, int minGroup,
      Set<String> missingCodes) {}

  private Analysis() {}

  static Outcome run(InputSource source, Instrument instrument, Settings settings,
      Progress progress) {
    Pass pass = new Pass(instrument, settings);
    ReadSummary summary = ResponseReader.read(source, request(instrument, settings), (team, raw) -> {
      pass.add(team, raw);
      progress.row();
    });
    progress.done();
    if (summary.hasErrors()) {
      return new Outcome(summary, List.of());
    }
    return new Outcome(summary, pass.results(summary.hasTeam()));
  }

  /** One pass over a file whose column {@code waveColumn} says which wave each row is in. */
  static SplitOutcome runByWave(InputSource source, Instrument instrument, Settings settings,
      String waveColumn, Progress progress) {
    Map<String, Pass> passes = new LinkedHashMap<>();
    ReadSummary summary = ResponseReader.read(source, request(instrument, settings), waveColumn,
        (wave, team, raw) -> {
          passes.computeIfAbsent(wave, w -> new Pass(instrument, settings)).add(team, raw);
          progress.row();
        });
    progress.done();
    if (summary.hasErrors()) {
      return new SplitOutcome(summary, List.of());
    }
    List<Part> parts = new ArrayList<>();
    passes.forEach((wave, pass) ->
        parts.add(new Part(wave, pass.rows, pass.results(summary.hasTeam()))));
    return new SplitOutcome(summary, parts);
  }

  private static ResponseReader.Request request(Instrument instrument, Settings settings) {
    return new ResponseReader.Request(instrument, settings.teamColumn(), settings.teamRequired(),
        settings.missingCodes());
  }

  /** Accumulators of every scale for one set of rows; memory: scales x teams x items. */
  private static final class Pass {
    private final List<Scale> scales;
    private final Settings settings;
    private final ResponseScale responses;
    private final int[][] columns;
    private final double[][] buffers;
    private final ScaleAccumulator[] accumulators;
    private final boolean[] reverse;
    private final double[] keyed;
    private long rows;

    Pass(Instrument instrument, Settings settings) {
      List<Item> items = instrument.items();
      this.settings = settings;
      this.responses = instrument.scale();
      this.scales = instrument.scales();
      columns = new int[scales.size()][];
      buffers = new double[scales.size()][];
      accumulators = new ScaleAccumulator[scales.size()];
      for (int s = 0; s < scales.size(); s++) {
        Scale scale = scales.get(s);
        columns[s] = scale.items().stream().mapToInt(items::indexOf).toArray();
        buffers[s] = new double[columns[s].length];
        accumulators[s] = new ScaleAccumulator(scale.itemIds(), responses.min(), responses.max(),
            settings.missing());
      }
      reverse = new boolean[items.size()];
      for (int i = 0; i < reverse.length; i++) {
        reverse[i] = items.get(i).reverse();
      }
      keyed = new double[items.size()];
    }

    void add(String team, double[] raw) {
      rows++;
      for (int i = 0; i < raw.length; i++) {
        keyed[i] = responses.key(raw[i], reverse[i]); // NaN stays NaN
      }
      for (int s = 0; s < accumulators.length; s++) {
        int[] cols = columns[s];
        double[] buf = buffers[s];
        for (int j = 0; j < cols.length; j++) {
          buf[j] = keyed[cols[j]];
        }
        accumulators[s].add(team, buf);
      }
    }

    List<ScaleReport> results(boolean hasTeam) {
      List<ScaleReport> reports = new ArrayList<>();
      for (int s = 0; s < scales.size(); s++) {
        reports.add(new ScaleReport(scales.get(s),
            accumulators[s].result(settings.minGroup(), hasTeam)));
      }
      return reports;
    }
  }
}
