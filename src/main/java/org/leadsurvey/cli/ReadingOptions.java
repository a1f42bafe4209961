package org.leadsurvey.cli;

import java.nio.charset.Charset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** How cells are read: the codes meaning no answer, and the encoding. */
final class ReadingOptions {
  @Option(names = "--na", paramLabel = "CODE", split = ",", defaultValue = "NA",
      description = "Cell values meaning no answer, besides an empty cell (default: ${DEFAULT-VALUE}).")
  List<String> naCodes;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Encoding of the input files (default: detected: byte order mark, UTF-16,"
          + " UTF-8, else Windows-1252 with a warning).")
  Charset encoding;

  /** The no-answer codes, the empty cell among them. */
  Set<String> missingCodes() {
    Set<String> na = new HashSet<>(naCodes);
    na.add("");
    return na;
  }

  /** The input's encoding, or null to detect it. */
  Charset encoding() {
    return encoding;
  }
}
