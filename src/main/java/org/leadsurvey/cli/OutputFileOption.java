package org.leadsurvey.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code -o FILE}: where a command writes, shared by every command that writes. */
final class OutputFileOption {
  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of standard output.")
  Path output;

  /** The file to write, or null for standard output. */
  Path file() {
    return output;
  }
}
