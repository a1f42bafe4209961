package org.leadsurvey.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Supplier;
import org.leadsurvey.ingest.Finding;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.ValidationReport;
import org.leadsurvey.result.WaveReport;
import org.leadsurvey.stats.CarelessScreen;

/**
 * The application API of a survey: runs its exports through ingest, statistics and disclosure
 * control, and returns publishable results. Commands build one, call it, and render what it
 * returns. Bad input is a {@link UserError}; warnings go to {@link Notices} as they come.
 */
public final class SurveyAnalysis {
  /**
   * Where inputs and notices come from and go.
   *
   * @param stdin read for the file name "-"
   * @param encoding of the input files, or null to detect it
   * @param progress a fresh progress display per read
   */
  public record Io(InputStream stdin, Charset encoding, Notices notices,
      Supplier<Progress> progress) {}

  /** Receives each file of a batch, in order. */
  public interface BatchSink {
    void done(String file, String folder, AnalysisReport report) throws IOException;

    void failed(String file, String error) throws IOException;
  }

  private final Instrument instrument;
  private final SurveySettings settings;
  private final ResponseReader.Options read;
  private final Io io;
  private final String toolVersion;

  /** @param read the export's dialect and whether unfinished rows are kept */
  public SurveyAnalysis(Instrument instrument, SurveySettings settings,
      ResponseReader.Options read, Io io, String toolVersion) {
    if (instrument.isPeerRating()) {
      throw UserError.input(instrument.id() + " is a peer-rating instrument (one rating per rater"
          + " and ratee): analyze it with 'leadsurvey network'");
    }
    if (settings.favourable() != null) {
      String problem = settings.favourable().problem(instrument.scale().min(),
          instrument.scale().max());
      if (problem != null) {
        throw UserError.usage("--favourable " + settings.favourable() + ": " + problem);
      }
    }
    this.instrument = instrument;
    this.settings = settings;
    this.read = read;
    this.io = io;
    this.toolVersion = toolVersion;
  }

  /** One survey file (or "-"), screened when {@code screen} is not null. */
  public AnalysisReport analyze(String file, Screening screen) throws IOException {
    if (!settings.cuts().isEmpty() && Analysis.Deviation.of(settings, read, screen) != null) {
      // Cuts of a run without some people could be subtracted from those of the default run.
      throw UserError.usage("--by cannot be combined with --exclude-flagged, --missing listwise"
          + " or --include-unfinished");
    }
    InputSource source = source(file);
    Analysis.Results results = Analysis.run(source, instrument, settings, io.progress().get(),
        read, screen);
    checkRead(source, results.summary());
    return new AnalysisReport(toolVersion, List.of(source.name()), results.summary().rows(),
        instrument, settings.minGroup(), results.scales(), results.correlations(),
        results.screening());
  }

  /**
   * Several waves, one file each.
   *
   * @param names the waves' names in file order, or null for the file names
   */
  public List<WaveReport> wavesByFile(List<String> files, List<String> names)
      throws IOException {
    return new WaveRun(this).byFile(files, names);
  }

  /**
   * Every wave in one file, {@code column} saying which wave a row is in.
   *
   * @param names the column's values in the order to compare, or null for natural order
   */
  public List<WaveReport> wavesByColumn(String file, String column, List<String> names) {
    return new WaveRun(this).byColumn(file, column, names);
  }

  /** The trend of every scale across the waves. */
  public TrendReport trend(List<WaveReport> waves) {
    return TrendReport.of(toolVersion, instrument, settings.minGroup(), waves);
  }

  /**
   * Every file its own survey, handed to {@code sink} one by one; a bad file is said and
   * skipped.
   *
   * @return how many files failed
   */
  public int batch(List<String> files, BatchSink sink) throws IOException {
    return Batch.run(this, files, sink);
  }

  /** How a file is read and what is wrong with it, screened when {@code screen} is not null. */
  public ValidationReport validate(String file, CarelessScreen.Thresholds screen)
      throws IOException {
    return Validation.run(source(file), instrument, settings,
        read.withDetails(true), screen,
        io.progress().get());
  }

  /**
   * The files of FILE arguments: each file as given, the CSV files of a folder, or the
   * matches of a glob.
   */
  public static List<String> expand(List<String> args) {
    return Inputs.expand(args);
  }

  /** Whether FILE arguments name more than one survey file (a folder, a glob, several). */
  public static boolean isSeveral(List<String> args) {
    return Inputs.isSeveral(args);
  }

  Instrument instrument() {
    return instrument;
  }

  SurveySettings settings() {
    return settings;
  }

  ResponseReader.Options read() {
    return read;
  }

  Notices notices() {
    return io.notices();
  }

  Progress progress() {
    return io.progress().get();
  }

  String toolVersion() {
    return toolVersion;
  }

  InputSource source(String file) {
    return InputSource.of(file, io.stdin(), io.encoding());
  }

  /** Stops on a read's errors; otherwise says its findings and what is worth knowing. */
  void checkRead(InputSource source, ReadSummary summary) {
    if (summary.hasErrors()) {
      throw UserError.read(summary);
    }
    for (Finding f : summary.findings()) {
      io.notices().warn(f.toString());
    }
    String dropped = Validation.droppedNote(summary);
    if (dropped != null) {
      io.notices().warn(source.name() + ": " + dropped);
    }
    if (!summary.hasTeam()) {
      io.notices().warn(source.name() + ": no '" + settings.teamColumn() + "' column, so"
          + " organisation-level results only (name the team column with --team)");
    }
  }
}
