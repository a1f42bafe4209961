package org.leadsurvey.cli;

import picocli.CommandLine.Option;

/** {@code -i ID|FILE}: which instrument the responses answer. */
final class InstrumentIdOption {
  @Option(names = {"-i", "--instrument"}, paramLabel = "ID|FILE", defaultValue = "psych-safety",
      description = "Built-in instrument id or instrument file (default: ${DEFAULT-VALUE}).")
  String instrument;

  String id() {
    return instrument;
  }
}
