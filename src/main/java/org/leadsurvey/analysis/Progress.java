package org.leadsurvey.analysis;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of long work on stderr, only on a terminal (the command decides: never with -q, never
 * when stderr is a pipe or a file). Shown after a second of work, updated a few times a second,
 * erased when done. Once told what is read ({@link #begin}) it says so, which pass of how many
 * it is, and, when the input's size is known (a file, not a pipe), the share read and the time
 * left; otherwise the rows read and the rate:
 *
 * <pre>
 *   pass 1 of 2 · screening q1.csv · 45% · 1,234,567 rows · about 8 s left
 *   reading &lt;stdin&gt; · 1,234,567 rows (250,000 rows/s)
 * </pre>
 */
public final class Progress {
  private static final long SHOW_AFTER = 1_000_000_000L;
  private static final long EVERY = 250_000_000L;
  private final PrintWriter err;
  private final boolean enabled;
  private final String verb;
  private final LongSupplier clock;
  private long start;
  private long rows;
  private long lastShown;
  private boolean shown;
  private String doing;
  private int pass;
  private int passes;
  private long size = -1;
  private LongSupplier position = () -> 0;

  public Progress(PrintWriter err, boolean enabled) {
    this(err, enabled, "read");
  }

  /** @param verb what is done to the rows ("read", "wrote") */
  public Progress(PrintWriter err, boolean enabled, String verb) {
    this(err, enabled, verb, System::nanoTime);
  }

  /** @param clock nanoseconds, as {@link System#nanoTime} (tests give their own) */
  public Progress(PrintWriter err, boolean enabled, String verb, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.verb = verb;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /**
   * What the next rows are: counted afresh from here, the time left from here too.
   *
   * @param doing what is done, with the input's name ("reading q1.csv", "screening q1.csv")
   * @param pass this pass, from 1; with {@code passes} 1 no pass is named
   * @param size the input's size in bytes, or -1 when unknown (standard input, a pipe)
   * @param position the bytes of the input read so far
   */
  public void begin(String doing, int pass, int passes, long size, LongSupplier position) {
    this.doing = doing;
    this.pass = pass;
    this.passes = passes;
    this.size = size;
    this.position = position;
    this.rows = 0;
    this.start = clock.getAsLong();
    this.lastShown = 0;
  }

  public void row() {
    rows(1);
  }

  /** {@code n} more rows. */
  public void rows(int n) {
    long before = rows;
    rows += n;
    if (enabled && (before >>> 12) != (rows >>> 12)) {
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
    long now = clock.getAsLong();
    if (now - start > SHOW_AFTER && (lastShown == 0 || now - lastShown > EVERY)) {
      lastShown = now;
      shown = true;
      err.print("\r" + line(now - start) + "\033[K");
      err.flush();
    }
  }

  /** The line shown after {@code elapsed} nanoseconds. */
  String line(long elapsed) {
    double seconds = elapsed / 1e9;
    if (doing == null) {
      return String.format(Locale.ROOT, "  %s %,d rows (%,.0f rows/s)", verb, rows,
          rows / seconds);
    }
    StringBuilder s = new StringBuilder("  ");
    if (passes > 1) {
      s.append("pass ").append(pass).append(" of ").append(passes).append(" · ");
    }
    s.append(doing).append(" · ");
    long read = Math.min(position.getAsLong(), size);
    if (size > 0 && read > 0) {
      double share = (double) read / size;
      // Later passes read the same input again: assumed to take as long as this one.
      double left = seconds / share * (1 - share) + (passes - pass) * seconds / share;
      s.append(String.format(Locale.ROOT, "%d%% · %,d rows · %s left", (int) (100 * share),
          rows, duration(left)));
    } else {
      s.append(String.format(Locale.ROOT, "%,d rows (%,.0f rows/s)", rows, rows / seconds));
    }
    return s.toString();
  }

  /** "about 8 s", "about 2 min 5 s": a rough figure, said as one. */
  private static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return "about " + Math.max(1, s) + " s";
    }
    return "about " + s / 60 + " min " + s % 60 + " s";
  }

  public void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
      shown = false;
    }
  }
}
