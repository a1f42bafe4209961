package org.leadsurvey.cli;

import java.util.ArrayList;
import java.util.List;
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
import org.leadsurvey.stats.PersonScore;
import org.leadsurvey.stats.ScaleCorrelation;
import org.leadsurvey.stats.ScaleCorrelations;
import org.leadsurvey.stats.ScaleAccumulator;

/**
 * Wires one pass: the reader's raw answers are keyed by the instrument and fed to one
 * {@link ScaleAccumulator} per scale. No statistics here, only plumbing.
 */
final class Analysis {
  /** The read's findings, and the scales' results when the read had no errors. */
  record Outcome(ReadSummary summary, List<ScaleReport> scales, ScaleCorrelations correlations) {}

  record Settings(String teamColumn, boolean teamRequired, MissingPolicy missing, int minGroup,
      Set<String> missingCodes) {}

  private Analysis() {}

  static Outcome run(InputSource source, Instrument instrument, Settings settings,
      Progress progress) {
    List<Item> items = instrument.items();
    ResponseScale responses = instrument.scale();
    List<Scale> scales = instrument.scales();
    int[][] columns = new int[scales.size()][];
    double[][] buffers = new double[scales.size()][];
    ScaleAccumulator[] accumulators = new ScaleAccumulator[scales.size()];
    for (int s = 0; s < scales.size(); s++) {
      Scale scale = scales.get(s);
      columns[s] = scale.items().stream().mapToInt(items::indexOf).toArray();
      buffers[s] = new double[columns[s].length];
      accumulators[s] = new ScaleAccumulator(scale.itemIds(), responses.min(), responses.max(),
          settings.missing());
    }
    boolean[] reverse = new boolean[items.size()];
    for (int i = 0; i < reverse.length; i++) {
      reverse[i] = items.get(i).reverse();
    }
    double[] keyed = new double[items.size()];
    // Correlations between person scale scores, when there is more than one scale.
    ScaleCorrelation correlation = scales.size() < 2 ? null : new ScaleCorrelation(
        scales.stream().map(Scale::id).toList(), (responses.min() + responses.max()) / 2.0);
    double[] personScores = new double[scales.size()];
    ResponseReader.Request request = new ResponseReader.Request(instrument,
        settings.teamColumn(), settings.teamRequired(), settings.missingCodes());
    ReadSummary summary = ResponseReader.read(source, request, (team, raw) -> {
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
        if (correlation != null) {
          personScores[s] = PersonScore.of(buf, settings.missing());
        }
      }
      if (correlation != null) {
        correlation.add(personScores);
      }
      progress.row();
    });
    progress.done();
    if (summary.hasErrors()) {
      return new Outcome(summary, List.of(), null);
    }
    List<ScaleReport> reports = new ArrayList<>();
    for (int s = 0; s < scales.size(); s++) {
      reports.add(new ScaleReport(scales.get(s),
          accumulators[s].result(settings.minGroup(), summary.hasTeam())));
    }
    return new Outcome(summary, reports,
        correlation == null ? null : correlation.result(settings.minGroup()));
  }
}
