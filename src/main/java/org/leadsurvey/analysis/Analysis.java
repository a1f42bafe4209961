package org.leadsurvey.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.ingest.RowBatch;
import org.leadsurvey.ingest.RowSink;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.ResponseScale;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.io.TempFiles;
import org.leadsurvey.result.CutsReport;
import org.leadsurvey.result.Disclosure;
import org.leadsurvey.result.ScaleReport;
import org.leadsurvey.result.ScaleResult;
import org.leadsurvey.result.ScreeningReport;
import org.leadsurvey.stats.CarelessScreen;
import org.leadsurvey.stats.CutAccumulator;
import org.leadsurvey.stats.CutAtoms;
import org.leadsurvey.stats.MahalanobisDistance;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.PopulationShift;
import org.leadsurvey.stats.ScaleAccumulator;
import org.leadsurvey.stats.ScaleCorrelation;
import org.leadsurvey.stats.ScaleCorrelations;
import org.leadsurvey.stats.ScaleStatistics;
import org.leadsurvey.stats.SecondsMedian;

/**
 * Wires one pass: the reader's raw answers are keyed by the instrument and fed to one
 * {@link ScaleAccumulator} per scale (per wave, when a wave column splits the file). No statistics here, only plumbing.
 */
final class Analysis {
  /** The read's findings, and the scales' results when the read had no errors. */
  record Results(ReadSummary summary, List<ScaleReport> scales, ScaleCorrelations correlations,
      ScreeningReport screening) {
    Results(ReadSummary summary, List<ScaleReport> scales) {
      this(summary, scales, null, null);
    }
  }

  /** One wave of a file split by a column: its rows and scales. */
  record Part(String wave, long rows, List<ScaleReport> scales) {}

  /** The read's findings and, without errors, each wave in order of first appearance. */
  record WaveResults(ReadSummary summary, List<Part> parts) {}

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
  static Results run(InputSource source, Instrument instrument, SurveySettings settings,
      Progress progress, ResponseReader.Options read, Screening screen) throws IOException {
    Deviation deviation = Deviation.of(settings, read, screen);
    if (screen == null) {
      // Without flags to fit, one pass: with row details when the options move people.
      ResponseReader.Options once = deviation == null ? read
          : read.withDetails(true);
      begin(progress, source, "reading", 1, 1);
      return pass(source, instrument, settings, progress, once, null, deviation, false);
    }
    Path spool = source.spool(); // owner-only, deleted on every way out (TempFiles)
    try {
      InputSource replayable = spool == null ? source : source.replayable(spool);
      // The fit uses the rows the default options keep, so flags do not depend on options.
      ResponseReader.Options fitRead = read.withDetails(false, true);
      begin(progress, replayable, "screening", 1, 2);
      Fit fit = fit(replayable, instrument, settings, fitRead, screen.thresholds(), progress);
      if (fit.screen() == null) {
        return new Results(fit.summary(), List.of());
      }
      CarelessScreen reported = fit.screen();
      ResponseReader.Options second = read.withDetails(true);
      begin(progress, replayable, "analysing", 2, 2);
      Results results = pass(replayable, instrument, settings, progress, second, reported,
          deviation, deviation != null && deviation.excludeFlagged());
      return new Results(results.summary(), results.scales(), results.correlations(),
          new ScreeningReport(reported.counts(), screen.thresholds(), screen.exclude()));
    } finally {
      TempFiles.delete(spool); // and forgets it, so the exit hook does not try again
    }
  }

  /** Tells {@code progress} what the next read is: "pass 1 of 2 · screening q1.csv". */
  static void begin(Progress progress, InputSource source, String doing, int pass, int passes) {
    progress.begin(doing + " " + source.shortName(), pass, passes, source.size(),
        source::bytesRead);
  }

  /** The first pass of a screening: its read, and the screen (null when the read had errors). */
  record Fit(ReadSummary summary, CarelessScreen screen) {}

  /** Reads once for the Mahalanobis centre and covariance and the median completion time. */
  static Fit fit(InputSource source, Instrument instrument, SurveySettings settings,
      ResponseReader.Options details, CarelessScreen.Thresholds thresholds, Progress progress) {
    MahalanobisDistance mahalanobis = new MahalanobisDistance(instrument.items().size());
    SecondsMedian median = new SecondsMedian();
    double[] row = new double[instrument.items().size()];
    ReadSummary first = ResponseReader.read(source, request(instrument, settings, details),
        RowSink.each(rows -> {
          progress.rows(rows.size());
          for (int i = 0; i < rows.size(); i++) {
            rows.raw(i, row);
            mahalanobis.add(row);
            median.add(rows.seconds(i));
          }
        }));
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
        settings.missingCodes(), read, settings.cuts());
  }

  /**
   * @param reported the screening whose counts are reported, or null
   * @param deviation what the run's options move, or null for the default options
   * @param exclude whether the run leaves out the people {@code reported} flags (at the
   *     standard cut-offs, the only ones it takes)
   */
  private static Results pass(InputSource source, Instrument instrument, SurveySettings settings,
      Progress progress, ResponseReader.Options read, CarelessScreen reported,
      Deviation deviation, boolean exclude) {
    Pass pass = new Pass(instrument, settings, deviation, reported, exclude);
    // Parsing and team lookups on this thread, screening and statistics on a second one, rows
    // in file order.
    RowPipeline pipeline = new RowPipeline(pass::add);
    ReadSummary summary;
    try {
      summary = ResponseReader.read(source, request(instrument, settings, read), rows -> {
        progress.rows(rows.size());
        return pipeline.handOff(rows);
      });
    } finally {
      pipeline.finish();
    }
    progress.done();
    if (summary.hasErrors()) {
      return new Results(summary, List.of());
    }
    List<ScaleReport> results = pass.results(summary);
    return new Results(summary, results, pass.correlations(results), null);
  }

  /** One pass over a file whose column {@code waveColumn} says which wave each row is in. */
  static WaveResults runByWave(InputSource source, Instrument instrument, SurveySettings settings,
      ResponseReader.Options read, String waveColumn, Progress progress) {
    Map<String, Pass> passes = new LinkedHashMap<>();
    double[] row = new double[instrument.items().size()];
    begin(progress, source, "reading", 1, 1);
    ReadSummary summary = ResponseReader.read(source, request(instrument, settings, read),
        waveColumn, RowSink.each(rows -> {
          progress.rows(rows.size());
          for (int i = 0; i < rows.size(); i++) {
            rows.raw(i, row);
            passes.computeIfAbsent(rows.wave(i), w -> new Pass(instrument, settings, null, null,
                false)).add(rows, i, row);
          }
        }));
    progress.done();
    if (summary.hasErrors()) {
      return new WaveResults(summary, List.of());
    }
    List<Part> parts = new ArrayList<>();
    passes.forEach((wave, pass) ->
        parts.add(new Part(wave, pass.rows, pass.results(summary))));
    return new WaveResults(summary, parts);
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
    private final CarelessScreen screen;
    private final boolean exclude;
    private final PopulationShift.Tally[] shifts;
    private final Prefetch prefetch;
    // Demographic cuts (--by): the atoms (team x a value of each column) and per scale their
    // sums; null without cuts.
    private final CutAtoms atoms;
    private final CutAccumulator[] cutSums;
    private final int[] cutValues;
    private long rows;

    /**
     * @param screen flags each row (and counts the flags) when the run screens, or null
     * @param exclude whether the run leaves out the people {@code screen} flags
     */
    Pass(Instrument instrument, SurveySettings settings, Deviation deviation,
        CarelessScreen screen, boolean exclude) {
      this.deviation = deviation;
      this.screen = screen;
      this.exclude = exclude;
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
      shifts = new PopulationShift.Tally[deviation == null ? 0 : scales.size()];
      for (int s = 0; s < shifts.length; s++) {
        shifts[s] = new PopulationShift.Tally();
      }
      prefetch = new Prefetch(accumulators);
      atoms = settings.cuts().isEmpty() ? null : new CutAtoms(settings.cuts());
      cutSums = new CutAccumulator[atoms == null ? 0 : scales.size()];
      for (int s = 0; s < cutSums.length; s++) {
        cutSums[s] = new CutAccumulator(columns[s].length,
            settings.favourable(responses.min(), responses.max()));
      }
      cutValues = new int[settings.cuts().size()];
    }

    /** A batch of rows, in order (the one way rows are added). */
    void add(RowBatch batch) {
      prefetch.teamsOf(batch);
      for (int i = 0; i < batch.size(); i++) {
        batch.raw(i, row);
        add(batch, i, row);
      }
    }

    /** Row i of the batch, its raw answers in {@code raw}. */
    void add(RowBatch batch, int i, double[] raw) {
      int team = batch.team(i);
      boolean flagged = screen != null && screen.screen(raw, batch.seconds(i)) != 0;
      key(raw);
      if (deviation != null) {
        addMoving(team, batch.unfinished(i), exclude && flagged, !(exclude && flagged));
      } else if (!(flagged && exclude)) {
        rows++;
        int atom = -1;
        if (atoms != null) {
          for (int j = 0; j < cutValues.length; j++) {
            cutValues[j] = batch.cut(i, j);
          }
          atom = atoms.atom(team, cutValues);
        }
        for (int s = 0; s < accumulators.length; s++) {
          double[] answers = scaleAnswers(s);
          double score = accumulators[s].add(team, answers);
          personScores[s] = score;
          if (atom >= 0 && score == score) {
            cutSums[s].add(atom, answers);
          }
        }
        if (correlation != null) {
          correlation.add(personScores);
        }
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

    /**
     * The keyed row of a run whose options move people: recorded per scale in a {@link
     * PopulationShift.Tally}, and added only when {@code inRun}.
     *
     * @param flagged flagged, when the run leaves flagged people out
     * @param inRun whether this run's options keep the row (listwise aside, which the
     *     accumulator applies)
     */
    private void addMoving(int team, boolean unfinished, boolean flagged, boolean inRun) {
      rows += inRun ? 1 : 0;
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
        personScores[s] = inRun ? accumulators[s].add(team, buf) : Double.NaN;
      }
      if (correlation != null && inRun) {
        correlation.add(personScores);
      }
    }

    /** Every scale's publishable results. */
    List<ScaleReport> results(ReadSummary summary) {
      List<ScaleReport> reports = new ArrayList<>();
      for (int s = 0; s < scales.size(); s++) {
        ScaleStatistics raw = BothCores.statistics(accumulators[s], settings.minGroup(),
            summary.hasTeam(), summary.teams());
        ScaleResult result = deviation == null
            ? Disclosure.publish(raw, settings.minGroup())
            : Disclosure.publish(raw, settings.minGroup(), shifts[s].shift(summary.teams()),
                deviation.options());
        CutsReport cuts = atoms == null ? null : Disclosure.publish(result, atoms,
            summary.teams(), summary.cutValues(), cutSums[s], settings.crossTeams(),
            settings.minGroup());
        reports.add(new ScaleReport(scales.get(s), result, cuts));
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
