package org.leadsurvey.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.leadsurvey.analysis.UserError;
import picocli.CommandLine.Option;

/** {@code -o FILE}: where a command writes, shared by every command that writes. */
final class OutputFileOption {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (a regular file atomically) instead of standard output"
          + " (- for standard output).")
  String output;

  /** The file to write, or null for standard output ({@code -o -} too). */
  Path file() {
    if (output == null || "-".equals(output)) {
      return null;
    }
    if (output.isBlank()) {
      throw UserError.input("-o needs a file name (or - for standard output)");
    }
    try {
      return Path.of(output);
    } catch (InvalidPathException e) {
      throw UserError.input("-o " + output + ": not a valid file name (" + e.getReason() + ")");
    }
  }
}
