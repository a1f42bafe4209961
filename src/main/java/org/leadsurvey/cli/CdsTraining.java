package org.leadsurvey.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.leadsurvey.analysis.ExitCode;

/**
 * The build's training run for class-data sharing (not a user command): runs the common command
 * lines on the bundled examples in one JVM, so that {@code -XX:DumpLoadedClassList} records
 * every class they load. The build then maps those classes into {@code leadsurvey.jsa}, and the
 * launcher's start-up skips loading and verifying them.
 *
 * <p>Usage: {@code java -cp leadsurvey.jar org.leadsurvey.cli.CdsTraining EXAMPLES_DIR OUT_DIR}
 */
public final class CdsTraining {
  private CdsTraining() {}

  public static void main(String[] args) throws Exception {
    Path examples = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    String survey = examples.resolve("team-survey.csv").toString();
    String[] waves = {examples.resolve("waves/2026-q1.csv").toString(),
        examples.resolve("waves/2026-q2.csv").toString()};
    String[][] runs = {
        {"analyze", survey},
        {"analyze", survey, "-f", "json", "-o", out.resolve("analysis.json").toString()},
        {"analyze", survey, "--output-dir", out.resolve("tables").toString()},
        {"analyze", survey, "-f", "csv"},
        {"trend", waves[0], waves[1]},
        {"validate", survey},
        {"network", examples.resolve("peer-ratings.csv").toString()},
    };
    int failed = 0;
    for (String[] run : runs) {
      Context quiet = new Context(InputStream.nullInputStream(), new PrintWriter(Writer.nullWriter()),
          new PrintWriter(Writer.nullWriter()), Map.of(), false);
      int code = Main.run(run, quiet);
      if (code != ExitCode.OK && code != ExitCode.FINDINGS) { // validate: 1 = findings
        System.err.println("CDS training: '" + String.join(" ", run) + "' exited " + code);
        failed++;
      }
    }
    System.exit(failed == 0 ? 0 : 1);
  }
}
