package org.leadsurvey.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Rows-read progress on stderr for long runs, only on a terminal; silent in pipes and files.
 * Shown after a second of work, updated a few times a second, erased when done.
 */
final class Progress {
  private static final long SHOW_AFTER = 1_000_000_000L;
  private static final long EVERY = 250_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long rows;
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void row() {
    if (++rows % 65_536 == 0 && enabled) {
      long now = System.nanoTime();
      if (now - start > SHOW_AFTER && now - lastShown > EVERY) {
        lastShown = now;
        shown = true;
        double seconds = (now - start) / 1e9;
        err.printf(Locale.ROOT, "\r  read %,d rows (%,.0f rows/s)", rows, rows / seconds);
        err.flush();
      }
    }
  }

  void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
