package org.leadsurvey.cli;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentCatalogue;
import org.leadsurvey.instrument.InstrumentException;
import org.leadsurvey.instrument.ResponseScale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Which instrument the responses answer: a built-in id, a file, or an ad-hoc item list. */
final class InstrumentOptions {

  @Mixin InstrumentIdOption id;

  @Option(names = "--items", paramLabel = "COL", split = ",",
      description = "Ad-hoc scale: the item columns (instead of --instrument); needs --scale.")
  List<String> items;

  @Option(names = "--scale", paramLabel = "MIN..MAX",
      description = "Answer options of the ad-hoc scale, e.g. 1..5.")
  String scale;

  @Option(names = "--reverse", paramLabel = "COL", split = ",",
      description = "Reverse-keyed items of the ad-hoc scale (keyed value = min + max - answer).")
  List<String> reverse;

  /** The instrument: a bad file or id is an input error, bad options a usage error. */
  Instrument instrument() {
    try {
      return resolve();
    } catch (InstrumentException e) {
      throw UserError.input(e.getMessage());
    }
  }

  private Instrument resolve() throws InstrumentException {
    if (items == null || items.isEmpty()) {
      if (scale != null || reverse != null) {
        throw UserError.usage("--scale and --reverse describe an ad-hoc scale: give its columns with --items");
      }
      return InstrumentCatalogue.resolve(id.id());
    }
    if (scale == null) {
      throw UserError.usage(
          "--items needs --scale MIN..MAX (the answer options, e.g. 1..5)");
    }
    ResponseScale responses;
    try {
      responses = ResponseScale.parse(scale);
    } catch (IllegalArgumentException e) {
      throw UserError.usage("--scale: " + e.getMessage());
    }
    List<String> ids = new ArrayList<>();
    for (String id : items) {
      String trimmed = id.strip();
      if (ids.contains(trimmed)) {
        throw UserError.usage("--items names " + trimmed + " twice");
      }
      ids.add(trimmed);
    }
    List<String> rev = reverse == null ? List.of() : reverse.stream().map(String::strip).toList();
    for (String r : rev) {
      if (!ids.contains(r)) {
        throw UserError.usage("--reverse names " + r + ", which is not in --items");
      }
    }
    return Instrument.adHoc(ids, responses, rev);
  }
}
