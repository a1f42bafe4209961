package org.leadsurvey.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.ingest.RowBatch;
import org.leadsurvey.ingest.TeamNames;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.ResponseScale;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.ScreeningReport;
import org.leadsurvey.stats.CarelessScreen;
import org.leadsurvey.stats.MahalanobisDistance;
import org.leadsurvey.stats.SecondsMedian;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.ScaleCorrelation;
import org.leadsurvey.stats.ScaleCorrelations;
import org.leadsurvey.stats.ScaleAccumulator;
import org.leadsurvey.stats.ScaleStatistics;
import org.leadsurvey.stats.PopulationShift;
import org.leadsurvey.result.Disclosure;

/**
 * Wires one pass: the reader's raw answers are keyed by the instrument and fed to one
 * {@link ScaleAccumulator} per scale (per wave, when a wave column splits the file). No statistics here, only plumbing.
 */
final class Analysis {
  /** The read's findings, and the scales' results when the read had no errors. */
  record Outcome(ReadSummary summary, List<ScaleReport> scales, ScaleCorrelations correlations,
      ScreeningReport screening) {
    Outcome(ReadSummary summary, List<ScaleReport> scales) {
      this(summary, scales, null, null);
    }
  }

  /** One wave of a file split by a column: its rows and scales. */
  record Part(String wave, long rows, List<ScaleReport> scales) {}

  /** The read's findings and, without errors, each wave in order of first appearance. */
  record SplitOutcome(ReadSummary summary, List<Part> parts) {}

  /**
   * A run whose options move people relative to the run with the default options: it leaves
   * out flagged or incomplete respondents, or brings in unfinished ones. Such a run reads rows
   * with their details and records, per scale, who moves ({@link PopulationShift}), so that
   * disclosure control can keep the runs from being subtracted from each other.
   *
   * @param options the options as typed, for the reasons shown
   */
  record Deviation(boolean includeUnfinished, boolean excludeFlagged, boolean listwise,
      String options) {
    static Deviation of(SurveySettings settings, ResponseReader.Options read, Screening screen) {
      boolean exclude = screen != null && screen.exclude();
      boolean listwise = settings.missing() == MissingPolicy.LISTWISE;
      if (!read.includeUnfinished() && !exclude && !listwise) {
        return null;
      }
      List<String> names = new ArrayList<>();
      if (exclude) {
        names.add("--exclude-flagged");
      }
      if (listwise) {
        names.add("--missing listwise");
      }
      if (read.includeUnfinished()) {
        names.add("--include-unfinished");
      }
      return new Deviation(read.includeUnfinished(), exclude, listwise, String.join(" and ",
          names));
    }
  }

  private Analysis() {}

  /**
   * One pass; with {@code screen}, or options that move people ({@link Deviation}), two: the
   * first fits the Mahalanobis centre and covariance and the median completion time on the
   * rows the default options keep, the second flags and analyzes. Standard input is copied to
   * an owner-only temporary file (deleted afterwards) so it can be read twice.
   */
  static Outcome run(InputSource source, Instrument instrument, SurveySettings settings,
      Progress progress, ResponseReader.Options read, Screening screen) throws IOException {
    Deviation deviation = Deviation.of(settings, read, screen);
    if (screen == null) {
      // Without flags to fit, one pass: with row details when the options move people.
      ResponseReader.Options once = deviation == null ? read
          : new ResponseReader.Options(read.dialect(), read.includeUnfinished(), true);
      return pass(source, instrument, settings, progress, once, null, deviation, false);
    }
    Path spool = source.isStdin() ? Files.createTempFile("leadsurvey-stdin", ".csv") : null;
    try {
      InputSource replayable = spool == null ? source : source.replayable(spool);
      // The fit uses the rows the default options keep, so flags do not depend on options.
      ResponseReader.Options fitRead = new ResponseReader.Options(read.dialect(), false, true);
      Fit fit = fit(replayable, instrument, settings, fitRead, screen.thresholds(), progress);
      if (fit.screen() == null) {
        return new Outcome(fit.summary(), List.of());
      }
      CarelessScreen reported = fit.screen();
      ResponseReader.Options second = new ResponseReader.Options(read.dialect(),
          read.includeUnfinished(), true);
      Outcome outcome = pass(replayable, instrument, settings, progress, second, reported,
          deviation, deviation != null && deviation.excludeFlagged());
      return new Outcome(outcome.summary(), outcome.scales(), outcome.correlations(),
          new ScreeningReport(reported.counts(), screen.thresholds(), screen.exclude()));
    } finally {
      if (spool != null) {
        Files.deleteIfExists(spool);
      }
    }
  }

  /** The first pass of a screening: its read, and the screen (null when the read had errors). */
  record Fit(ReadSummary summary, CarelessScreen screen) {}

  /** Reads once for the Mahalanobis centre and covariance and the median completion time. */
  static Fit fit(InputSource source, Instrument instrument, SurveySettings settings,
      ResponseReader.Options details, CarelessScreen.Thresholds thresholds, Progress progress) {
    MahalanobisDistance mahalanobis = new MahalanobisDistance(instrument.items().size());
    SecondsMedian median = new SecondsMedian();
    ReadSummary first = ResponseReader.read(source, request(instrument, settings, details),
        new ResponseReader.RowHandler() {
          @Override
          public void accept(String team, double[] raw) {
            mahalanobis.add(raw);
            progress.row();
          }

          @Override
          public void accept(String team, double[] raw, ResponseReader.RowInfo info) {
            median.add(info.seconds());
            accept(team, raw);
          }
        });
    progress.done();
    if (first.hasErrors()) {
      return new Fit(first, null);
    }
    List<Item> items = instrument.items();
    boolean[] reverse = new boolean[items.size()];
    for (int i = 0; i < reverse.length; i++) {
      reverse[i] = items.get(i).reverse();
    }
    int[][] scaleItems = instrument.scales().stream()
        .map(sc -> positions(items, sc))
        .toArray(int[][]::new);
    return new Fit(first, new CarelessScreen(thresholds, instrument.scale().min(),
        instrument.scale().max(), reverse, scaleItems, mahalanobis.fit(), median.median()));
  }

  /**
   * Where each of the scale's items sits among the instrument's, by id: not List.indexOf, whose
   * record equals spins method-handle classes on a cold JVM (tens of milliseconds).
   */
  private static int[] positions(List<Item> items, Scale scale) {
    int[] out = new int[scale.items().size()];
    for (int j = 0; j < out.length; j++) {
      String id = scale.items().get(j).id();
      out[j] = -1;
      for (int i = 0; i < items.size() && out[j] < 0; i++) {
        out[j] = items.get(i).id().equals(id) ? i : -1;
      }
    }
    return out;
  }

  static ResponseReader.Request request(Instrument instrument, SurveySettings settings,
      ResponseReader.Options read) {
    return new ResponseReader.Request(instrument, settings.teamColumn(), settings.teamRequired(),
        settings.missingCodes(), read);
  }

  /**
   * @param reported the screening whose counts are reported, or null
   * @param deviation what the run's options move, or null for the default options
   * @param exclude whether the run leaves out the people {@code reported} flags (at the
   *     standard cut-offs, the only ones it takes)
   */
  private static Outcome pass(InputSource source, Instrument instrument, SurveySettings settings,
      Progress progress, ResponseReader.Options read, CarelessScreen reported,
      Deviation deviation, boolean exclude) {
    Pass pass = new Pass(instrument, settings, deviation);
    // Parsing and team lookups on this thread, statistics on a second one, rows in file order.
    // Rows read with details (screening, options that move people) come one at a time.
    RowPipeline pipeline = new RowPipeline(instrument.items().size(), pass::add);
    ResponseReader.RowHandler handler = new ResponseReader.RowHandler() {
      @Override
      public void accept(String team, double[] raw) {
        pass.add(team, -1, raw);
        progress.row();
      }

      @Override
      public void accept(String team, double[] raw, ResponseReader.RowInfo info) {
        progress.row();
        boolean flagged = reported != null && reported.screen(raw, info.seconds()) != 0;
        if (deviation == null) {
          if (!(flagged && exclude)) {
            pass.add(team, info.teamId(), raw);
          }
        } else {
          pass.add(team, raw, info.unfinished(), exclude && flagged, !(exclude && flagged));
        }
      }

      @Override
      public RowBatch acceptBatch(RowBatch batch, TeamNames names) {
        for (int i = 0; i < batch.size(); i++) {
          progress.row();
        }
        // Teams looked up here, a batch at a time; the statistics on the other thread.
        batch.lookUp(names);
        return pipeline.handOff(batch);
      }
    };
    ReadSummary summary;
    try {
      summary = ResponseReader.read(source, request(instrument, settings, read), handler);
    } finally {
      pipeline.finish();
    }
    progress.done();
    if (summary.hasErrors()) {
      return new Outcome(summary, List.of());
    }
    List<ScaleReport> results = pass.results(summary.hasTeam());
    return new Outcome(summary, results, pass.correlations(results), null);
  }

  /** One pass over a file whose column {@code waveColumn} says which wave each row is in. */
  static SplitOutcome runByWave(InputSource source, Instrument instrument, SurveySettings settings,
      ResponseReader.Options read, String waveColumn, Progress progress) {
    Map<String, Pass> passes = new LinkedHashMap<>();
    ReadSummary summary = ResponseReader.read(source, request(instrument, settings, read),
        waveColumn, (wave, team, raw) -> {
          passes.computeIfAbsent(wave, w -> new Pass(instrument, settings, null)).add(team, -1, raw);
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

  /**
   * Accumulators of every scale for one set of rows, and the correlations between scale scores
   * when there are two or more scales; memory: scales x teams x items.
   */
  private static final class Pass {
    private final List<Scale> scales;
    private final SurveySettings settings;
    private final ResponseScale responses;
    private final int[][] columns;
    private final double[][] buffers;
    private final ScaleAccumulator[] accumulators;
    private final boolean[] reverse;
    private final double[] keyed;
    private final ScaleCorrelation correlation;
    private final double[] personScores;
    private final double[] row; // a batch's row being added
    private final Deviation deviation;
    private final PopulationShift[] shifts;
    private long rows;

    Pass(Instrument instrument, SurveySettings settings, Deviation deviation) {
      this.deviation = deviation;
      List<Item> items = instrument.items();
      this.settings = settings;
      this.responses = instrument.scale();
      this.scales = instrument.scales();
      columns = new int[scales.size()][];
      buffers = new double[scales.size()][];
      accumulators = new ScaleAccumulator[scales.size()];
      for (int s = 0; s < scales.size(); s++) {
        Scale scale = scales.get(s);
        columns[s] = positions(items, scale);
        buffers[s] = new double[columns[s].length];
        accumulators[s] = new ScaleAccumulator(scale.itemIds(), responses.min(), responses.max(),
            settings.missing(), settings.favourable(responses.min(), responses.max()));
      }
      reverse = new boolean[items.size()];
      for (int i = 0; i < reverse.length; i++) {
        reverse[i] = items.get(i).reverse();
      }
      keyed = new double[items.size()];
      correlation = scales.size() < 2 ? null : new ScaleCorrelation(
          scales.stream().map(Scale::id).toList(), (responses.min() + responses.max()) / 2.0);
      personScores = new double[scales.size()];
      row = new double[items.size()];
      shifts = new PopulationShift[deviation == null ? 0 : scales.size()];
      for (int s = 0; s < shifts.length; s++) {
        shifts[s] = new PopulationShift();
      }
    }

    /**
     * A batch of rows, teams looked up: first each row's team sums are touched, so that with
     * many teams their cache misses overlap, then the rows are added one by one.
     */
    void add(RowBatch batch) {
      double touched = 0;
      for (int i = 0; i < batch.size(); i++) {
        for (ScaleAccumulator a : accumulators) {
          touched += a.touch(batch.teamId(i));
        }
      }
      sink = touched;
      for (int i = 0; i < batch.size(); i++) {
        batch.raw(i, row);
        add(batch.team(i), batch.teamId(i), row);
      }
    }

    @SuppressWarnings("unused")
    private double sink;

    /** One row; teamId as {@link ScaleAccumulator#add(String, int, double[])} takes it. */
    void add(String team, int teamId, double[] raw) {
      rows++;
      key(raw);
      for (int s = 0; s < accumulators.length; s++) {
        personScores[s] = accumulators[s].add(team, teamId, scaleAnswers(s));
      }
      if (correlation != null) {
        correlation.add(personScores);
      }
    }

    /** The row's keyed answers, in instrument item order (NaN stays NaN). */
    private void key(double[] raw) {
      for (int i = 0; i < raw.length; i++) {
        keyed[i] = responses.key(raw[i], reverse[i]);
      }
    }

    /** Scale s's keyed answers of the row {@link #key} keyed, in the scale's item order. */
    private double[] scaleAnswers(int s) {
      int[] cols = columns[s];
      double[] buf = buffers[s];
      for (int j = 0; j < cols.length; j++) {
        buf[j] = keyed[cols[j]];
      }
      return buf;
    }

    /** Every scale's publishable results. */
    /**
     * One row of a run whose options move people: recorded per scale as a {@link
     * PopulationShift}, and added only when {@code inRun}.
     *
     * @param flagged flagged, when the run leaves flagged people out
     * @param inRun whether this run's options keep the row (listwise aside, which the
     *     accumulator applies)
     */
    void add(String team, double[] raw, boolean unfinished, boolean flagged, boolean inRun) {
      rows += inRun ? 1 : 0;
      key(raw);
      for (int s = 0; s < accumulators.length; s++) {
        double[] buf = scaleAnswers(s);
        int answered = 0;
        for (double x : buf) {
          answered += x == x ? 1 : 0;
        }
        boolean incomplete = answered < buf.length;
        boolean scored = answered >= (buf.length + 1) / 2;
        shifts[s].add(team, unfinished, incomplete, scored, flagged, !unfinished && scored,
            inRun && scored && !(incomplete && deviation.listwise()));
        personScores[s] = inRun ? accumulators[s].add(team, -1, buf) : Double.NaN;
      }
      if (correlation != null && inRun) {
        correlation.add(personScores);
      }
    }

    /** Every scale's publishable results. */
    /** Every scale's publishable results. */
    List<ScaleReport> results(boolean hasTeam) {
      List<ScaleReport> reports = new ArrayList<>();
      for (int s = 0; s < scales.size(); s++) {
        ScaleStatistics raw = BothCores.statistics(accumulators[s], settings.minGroup(),
            hasTeam);
        reports.add(new ScaleReport(scales.get(s), deviation == null
            ? Disclosure.publish(raw, settings.minGroup())
            : Disclosure.publish(raw, settings.minGroup(), shifts[s], deviation.options())));
      }
      return reports;
    }

    /** The publishable correlations between scale scores, given the scales' results. */
    ScaleCorrelations correlations(List<ScaleReport> results) {
      boolean shown = results.stream().allMatch(r -> r.result().shown());
      return correlation == null ? null : Disclosure.publish(
          correlation.result(settings.minGroup()), settings.minGroup(), shown);
    }
  }
}
