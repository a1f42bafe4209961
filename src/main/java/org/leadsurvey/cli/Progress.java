package org.leadsurvey.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Rows-read progress on stderr for long runs, only on a terminal; silent in pipes and files.
 * Shown after a second of work, updated a few times a second, erased when done.
 *
 * <p>Java cannot ask whether stderr alone is a terminal ({@code System.console()} looks at
 * stdin and stdout), so the launcher script tells it: {@code LEADSURVEY_STDERR_TTY} and
 * {@code LEADSURVEY_STDOUT_TTY} are 1 or 0. Run with plain {@code java -jar}, the console
 * decides.
 */
final class Progress {
  private static final long SHOW_AFTER = 1_000_000_000L;
  private static final long EVERY = 250_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private final String verb;
  private final long start = System.nanoTime();
  private long rows;
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled) {
    this(err, enabled, "read");
  }

  Progress(PrintWriter err, boolean enabled, String verb) {
    this.err = err;
    this.enabled = enabled;
    this.verb = verb;
  }

  /**
   * Whether to show progress: stderr is a terminal, and (unless the command writes to a file)
   * stdout is not that terminal too, where progress would mix with the output.
   */
  static boolean enabled(Context ctx, boolean writesFile) {
    String stderr = ctx.env().get("LEADSURVEY_STDERR_TTY");
    String stdout = ctx.env().get("LEADSURVEY_STDOUT_TTY");
    if (stderr == null) {
      return ctx.interactive() && writesFile;
    }
    return "1".equals(stderr) && (writesFile || !"1".equals(stdout));
  }

  /** For commands whose output is short (a report at the end): stderr being a terminal suffices. */
  static boolean enabled(Context ctx) {
    String stderr = ctx.env().get("LEADSURVEY_STDERR_TTY");
    return stderr == null ? ctx.interactive() : "1".equals(stderr);
  }

  void row() {
    if ((++rows & 0xFFFF) == 0 && enabled) {
      show();
    }
  }

  /** Progress from a count kept elsewhere. */
  void advanceTo(long total) {
    rows = total;
    if (enabled) {
      show();
    }
  }

  private void show() {
    long now = System.nanoTime();
    if (now - start > SHOW_AFTER && now - lastShown > EVERY) {
      lastShown = now;
      shown = true;
      double seconds = (now - start) / 1e9;
      err.printf(Locale.ROOT, "\r  %s %,d rows (%,.0f rows/s)", verb, rows, rows / seconds);
      err.flush();
    }
  }

  void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
