package org.leadsurvey.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.stats.FavourableRange;
import picocli.CommandLine.Option;

/** Which keyed answers count as favourable, for every favourable share a command shows. */
final class FavourableOption {
  private static final Pattern RANGE = Pattern.compile("\\s*(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)\\s*");

  @Option(names = "--favourable", paramLabel = "LO..HI",
      description = "Keyed options counted as favourable, ending at the scale's top (default: the"
          + " top two, 6..7 on a 7-point and 4..5 on a 5-point scale; 5..7 is the top three)."
          + " The same cut-offs mirrored are unfavourable; the options between are neutral.")
  String range;

  /** The range given, or null for the default; a malformed one is a usage error. */
  FavourableRange range() {
    if (range == null) {
      return null;
    }
    Matcher m = RANGE.matcher(range);
    if (!m.matches()) {
      throw UserError.usage("--favourable " + range + ": expected LO..HI, such as 6..7");
    }
    try {
      return new FavourableRange(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (NumberFormatException e) {
      throw UserError.usage("--favourable " + range + ": expected LO..HI, such as 6..7");
    }
  }
}
