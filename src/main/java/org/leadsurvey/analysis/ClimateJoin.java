package org.leadsurvey.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentCatalogue;
import org.leadsurvey.instrument.InstrumentException;
import org.leadsurvey.result.NetworkReport;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.PearsonCorrelation;
import org.leadsurvey.result.TeamResult;
import org.leadsurvey.stats.network.NetworkMetrics;
import org.leadsurvey.result.NetworkResult;

/**
 * {@code network --climate}: runs the same analysis as {@code analyze} on a survey, keeps the
 * team means it would show, and correlates them with the networks shown. Plumbing only.
 */
final class ClimateJoin {
  private ClimateJoin() {}

  /**
   * @param teamColumn the survey's team column
   * @param scaleId the scale whose team means are used, or null for the first
   */
  static NetworkReport.Climate run(SurveyAnalysis.Io io, String file, String instrumentId,
      String teamColumn, String scaleId, int minGroup, Set<String> na, List<String> criteria,
      List<NetworkResult> teams) throws IOException {
    Instrument instrument;
    try {
      instrument = InstrumentCatalogue.resolve(instrumentId);
    } catch (InstrumentException e) {
      throw UserError.input(e.getMessage());
    }
    if (scaleId != null && instrument.scales().stream().noneMatch(s -> s.id().equals(scaleId))) {
      throw UserError.input("--climate-scale " + scaleId + ": instrument " + instrument.id()
          + " has the scales " + String.join(", ", instrument.scales().stream()
          .map(s -> s.id()).toList()));
    }
    InputSource source = InputSource.of(file, io.stdin(), io.encoding());
    Analysis.Results results = Analysis.run(source, instrument,
        new SurveySettings(teamColumn, true, MissingPolicy.PAIRWISE, minGroup, na),
        io.progress().get(), ResponseReader.Options.DEFAULT, null);
    if (results.summary().hasErrors()) {
      throw UserError.input(UserError.firstError(results.summary())
          .replace("--team", "--climate-team"));
    }
    results.summary().findings().forEach(f -> io.notices().warn(f.toString()));
    ScaleReport scale = scaleId == null ? results.scales().get(0) : results.scales().stream()
        .filter(s -> s.scale().id().equals(scaleId)).findFirst().orElseThrow();
    Map<String, Double> shown = new LinkedHashMap<>();
    for (TeamResult t : scale.result().teams()) {
      if (t instanceof TeamResult.Reported r) {
        shown.put(r.team(), r.score().mean());
      }
    }
    Map<String, Double> means = new LinkedHashMap<>();
    List<Double> x = new ArrayList<>();
    List<NetworkResult.Reported> joined = new ArrayList<>();
    for (NetworkResult t : teams) {
      if (t instanceof NetworkResult.Reported r && shown.containsKey(t.team())) {
        means.put(t.team(), shown.get(t.team()));
        x.add(shown.get(t.team()));
        joined.add(r);
      }
    }
    if (means.size() < 3) {
      io.notices().warn("only " + means.size() + " team(s) are shown in both " + source.name()
          + " and the ratings: too few for a correlation (check that the team names match)");
    }
    List<NetworkReport.Correlations> correlations = new ArrayList<>();
    for (int c = 0; c < criteria.size(); c++) {
      List<Double> density = new ArrayList<>();
      List<Double> centralization = new ArrayList<>();
      for (NetworkResult.Reported r : joined) {
        NetworkMetrics m = r.criteria().get(c).metrics();
        density.add(m.density());
        centralization.add(m.centralization());
      }
      correlations.add(new NetworkReport.Correlations(criteria.get(c), correlate(x, density),
          correlate(x, centralization)));
    }
    return new NetworkReport.Climate(source.name(), scale.scale().id(), scale.scale().name(),
        means, correlations);
  }

  private static PearsonCorrelation.Result correlate(List<Double> x, List<Double> y) {
    // a team whose figure is undefined (no ties at all: NaN) drops out of that pair
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      if (!Double.isNaN(x.get(i)) && !Double.isNaN(y.get(i))) {
        pairs.add(new double[] {x.get(i), y.get(i)});
      }
    }
    return PearsonCorrelation.of(pairs.stream().mapToDouble(p -> p[0]).toArray(),
        pairs.stream().mapToDouble(p -> p[1]).toArray());
  }
}
