package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Scale;

/**
 * Several waves of the same survey and, per scale, their trend. Built only from
 * privacy-filtered results, like {@link AnalysisReport}.
 *
 * @param waves each wave's own analysis, in order
 * @param trends one per scale of the instrument
 */
public record TrendReport(String toolVersion, Instrument instrument, int minGroup,
    List<WaveReport> waves, List<ScaleTrendReport> trends) {

  /**
   * One scale's definition with its trend.
   *
   * @param cuts each --by column's groups across the waves; empty without --by
   */
  public record ScaleTrendReport(Scale scale, ScaleTrend trend, List<CutTrend> cuts) {
    public ScaleTrendReport {
      cuts = List.copyOf(cuts);
    }
  }

  public TrendReport {
    waves = List.copyOf(waves);
    trends = List.copyOf(trends);
  }

  /** Builds the trends of every scale from the waves' results. */
  public static TrendReport of(String toolVersion, Instrument instrument, int minGroup,
      List<WaveReport> waves) {
    List<String> names = waves.stream().map(WaveReport::name).toList();
    List<ScaleTrendReport> trends = new ArrayList<>();
    List<ScaleReport> first = waves.get(0).report().scales();
    for (int s = 0; s < first.size(); s++) {
      List<ScaleResult> results = new ArrayList<>();
      List<CutsReport> cuts = new ArrayList<>();
      for (WaveReport w : waves) {
        results.add(w.report().scales().get(s).result());
        cuts.add(w.report().scales().get(s).cuts());
      }
      ScaleTrend trend = ScaleTrend.of(names, results);
      trends.add(new ScaleTrendReport(first.get(s).scale(), trend,
          cuts.contains(null) ? List.of() : CutTrend.of(trend, cuts)));
    }
    return new TrendReport(toolVersion, instrument, minGroup, waves, trends);
  }

  public List<String> files() {
    return waves.stream().flatMap(w -> w.report().files().stream()).distinct().toList();
  }

  public long rows() {
    return waves.stream().mapToLong(w -> w.report().rows()).sum();
  }
}
