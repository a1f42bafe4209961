package org.leadsurvey.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leadsurvey.analysis.Progress;
import org.leadsurvey.analysis.SurveyAnalysis;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.report.OutputFiles;
import org.leadsurvey.report.SafeText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the context it runs in, and one way to write its output. A
 * user's mistake is a {@link UserError}, thrown from anywhere and printed by {@link Main}.
 */
abstract class BaseCommand implements Callable<Integer> {
  @ParentCommand Main root;
  @Spec CommandSpec spec;

  /** Writes a rendering to a writer; {@code color} only ever on a terminal. */
  @FunctionalInterface
  interface Rendering {
    void write(PrintWriter out, boolean color) throws IOException;
  }

  Context ctx() {
    return root.context();
  }

  /** Inputs and notices for the application API, progress shown when worth it. */
  SurveyAnalysis.Io io(Charset encoding) {
    Context ctx = ctx();
    boolean show = ctx.progress();
    return new SurveyAnalysis.Io(ctx.in(), encoding, ctx,
        () -> new Progress(ctx.err(), show, "read", ctx.clock()));
  }

  /**
   * Writes to {@code output} (atomically, never in colour) or, when it is null, to standard
   * output, checking that it was written.
   *
   * @return whether standard output has gone away ({@code ... | head}): not an error, but
   *     nothing more is worth doing
   */
  boolean emit(Path output, Rendering rendering) throws IOException {
    if (output != null) {
      OutputFiles.writeAtomically(output, w -> {
        PrintWriter pw = new PrintWriter(SafeText.controls(w, false));
        rendering.write(pw, false);
        pw.flush();
      });
      return false;
    }
    boolean color = ctx().color();
    PrintWriter out = new PrintWriter(SafeText.controls(ctx().out(), color));
    rendering.write(out, color);
    out.flush();
    // PrintWriter swallows a closed pipe: ask it (and the one it writes to).
    return out.checkError() | ctx().out().checkError();
  }

  /** Refuses to run when {@code output} is one of the inputs (any of them may be null or "-"). */
  static void refuseOverwrite(Path output, String... inputs) throws IOException {
    if (output == null || !Files.exists(output)) {
      return;
    }
    for (String in : inputs) {
      if (in != null && !"-".equals(in) && Files.exists(Path.of(in))
          && Files.isSameFile(Path.of(in), output)) {
        throw UserError.input(in + ": refusing to write the output over an input file");
      }
    }
  }
}
