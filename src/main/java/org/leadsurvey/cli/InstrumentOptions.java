package org.leadsurvey.cli;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentCatalogue;
import org.leadsurvey.instrument.InstrumentException;
import org.leadsurvey.instrument.ResponseScale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which instrument the responses answer: a built-in id, a file, or an ad-hoc item list. */
public final class InstrumentOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = {"-i", "--instrument"}, paramLabel = "ID|FILE", defaultValue = "psych-safety",
      description = "Built-in instrument id or instrument file (default: ${DEFAULT-VALUE}).")
  String instrument;

  @Option(names = "--items", paramLabel = "COL", split = ",",
      description = "Ad-hoc scale: the item columns (instead of --instrument); needs --scale.")
  List<String> items;

  @Option(names = "--scale", paramLabel = "MIN..MAX",
      description = "Answer options of the ad-hoc scale, e.g. 1..5.")
  String scale;

  @Option(names = "--reverse", paramLabel = "COL", split = ",",
      description = "Reverse-keyed items of the ad-hoc scale (keyed value = min + max - answer).")
  List<String> reverse;

  /** The instrument, or null after saying on stderr why it cannot be had (a bad file or id). */
  Instrument resolve(Context ctx) {
    try {
      return resolve();
    } catch (InstrumentException e) {
      ctx.error(e.getMessage());
      return null;
    }
  }

  /**
   * The instrument of a survey (analyze, trend, validate), or null after saying why not: a bad
   * file or id, or a peer-rating instrument, which only 'leadsurvey network' reads.
   */
  Instrument resolveSurvey(Context ctx) {
    Instrument instrument = resolve(ctx);
    if (instrument != null && instrument.isPeerRating()) {
      ctx.error(instrument.id() + " is a peer-rating instrument (one rating per rater and ratee):"
          + " analyze it with 'leadsurvey network'");
      return null;
    }
    return instrument;
  }

  /** The instrument to use; usage errors are {@link ParameterException}s. */
  Instrument resolve() throws InstrumentException {
    if (items == null || items.isEmpty()) {
      if (scale != null || reverse != null) {
        throw new ParameterException(spec.commandLine(),
            "--scale and --reverse describe an ad-hoc scale: give its columns with --items");
      }
      return InstrumentCatalogue.resolve(instrument);
    }
    if (scale == null) {
      throw new ParameterException(spec.commandLine(),
          "--items needs --scale MIN..MAX (the answer options, e.g. 1..5)");
    }
    ResponseScale responses;
    try {
      responses = ResponseScale.parse(scale);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--scale: " + e.getMessage());
    }
    List<String> ids = new ArrayList<>();
    for (String id : items) {
      String trimmed = id.strip();
      if (ids.contains(trimmed)) {
        throw new ParameterException(spec.commandLine(), "--items names " + trimmed + " twice");
      }
      ids.add(trimmed);
    }
    List<String> rev = reverse == null ? List.of() : reverse.stream().map(String::strip).toList();
    for (String r : rev) {
      if (!ids.contains(r)) {
        throw new ParameterException(spec.commandLine(),
            "--reverse names " + r + ", which is not in --items");
      }
    }
    return Instrument.adHoc(ids, responses, rev);
  }
}
