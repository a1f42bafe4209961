package org.leadsurvey.analysis;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Rows-read progress on stderr for long runs, only on a terminal; silent in pipes and files.
 * Shown after a second of work, updated a few times a second, erased when done.
 *
 */
public final class Progress {
  private static final long SHOW_AFTER = 1_000_000_000L;
  private static final long EVERY = 250_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private final String verb;
  private final long start = System.nanoTime();
  private long rows;
  private long lastShown;
  private boolean shown;

  public Progress(PrintWriter err, boolean enabled) {
    this(err, enabled, "read");
  }

  /** @param verb what is done to the rows ("read", "wrote") */
  public Progress(PrintWriter err, boolean enabled, String verb) {
    this.err = err;
    this.enabled = enabled;
    this.verb = verb;
  }

  public void row() {
    rows(1);
  }

  /** {@code n} more rows. */
  public void rows(int n) {
    long before = rows;
    rows += n;
    if (enabled && (before >>> 16) != (rows >>> 16)) {
      show();
    }
  }

  /** Progress from a count kept elsewhere. */
  public void advanceTo(long total) {
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

  public void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
