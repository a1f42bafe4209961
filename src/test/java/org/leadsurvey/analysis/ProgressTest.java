package org.leadsurvey.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line, with a clock the test moves (no timing). */
class ProgressTest {
  private static final long SECOND = 1_000_000_000L;
  private final AtomicLong now = new AtomicLong(5 * SECOND);
  private final AtomicLong bytes = new AtomicLong();
  private final StringWriter err = new StringWriter();

  private Progress progress(boolean enabled) {
    return new Progress(new PrintWriter(err), enabled, "read", now::get);
  }

  @Test
  void aFileOfKnownSizeShowsPassShareAndTimeLeft() {
    Progress p = progress(true);
    p.begin("screening q1.csv", 1, 2, 1000, bytes::get);
    now.addAndGet(4 * SECOND);
    bytes.set(250);
    p.rows(10_000);
    // A quarter in 4 s: 12 s more for this pass, 16 s for the second.
    assertEquals("\r  pass 1 of 2 · screening q1.csv · 25% · 10,000 rows · about 28 s left\033[K",
        err.toString());
    p.done();
    assertTrue(err.toString().endsWith("\r\033[K"), "erased when done");

    err.getBuffer().setLength(0);
    p.begin("analysing q1.csv", 2, 2, 1000, bytes::get);
    now.addAndGet(90 * SECOND);
    bytes.set(500);
    p.rows(10_000);
    assertEquals("\r  pass 2 of 2 · analysing q1.csv · 50% · 10,000 rows · about 1 min 30 s"
        + " left\033[K", err.toString());
  }

  @Test
  void anInputOfUnknownSizeShowsRowsAndRate() {
    Progress p = progress(true);
    p.begin("reading <stdin>", 1, 1, -1, bytes::get);
    now.addAndGet(2 * SECOND);
    bytes.set(123_456);
    p.rows(50_000);
    assertEquals("\r  reading <stdin> · 50,000 rows (25,000 rows/s)\033[K", err.toString());
  }

  @Test
  void nothingInTheFirstSecondNorMoreThanFourTimesASecond() {
    Progress p = progress(true);
    p.begin("reading q1.csv", 1, 1, 1000, bytes::get);
    now.addAndGet(SECOND / 2);
    bytes.set(100);
    p.rows(10_000);
    assertEquals("", err.toString(), "quick work shows nothing");
    now.addAndGet(SECOND);
    p.rows(10_000);
    int once = err.toString().length();
    assertTrue(once > 0);
    now.addAndGet(SECOND / 10);
    p.rows(10_000);
    assertEquals(once, err.toString().length(), "not again within a quarter second");
    p.done();
    p.done();
    assertTrue(err.toString().endsWith("\r\033[K"));
    assertEquals(err.toString().indexOf("\r\033[K"), err.toString().lastIndexOf("\r\033[K"),
        "erased once");
  }

  @Test
  void disabledShowsNothing() {
    Progress p = progress(false);
    p.begin("reading q1.csv", 1, 1, 1000, bytes::get);
    now.addAndGet(10 * SECOND);
    bytes.set(500);
    p.rows(100_000);
    p.done();
    assertEquals("", err.toString());
  }

  @Test
  void withoutBeginTheRowsAndRateAsBefore() {
    Progress p = new Progress(new PrintWriter(err), true, "wrote", now::get);
    now.addAndGet(2 * SECOND);
    p.advanceTo(1000);
    assertEquals("\r  wrote 1,000 rows (500 rows/s)\033[K", err.toString());
  }
}
