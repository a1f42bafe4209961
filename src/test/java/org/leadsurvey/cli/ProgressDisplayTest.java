package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress of whole commands on a fake terminal (LEADSURVEY_STDERR_TTY=1, as the launcher says
 * when stderr is one) with a clock that moves half a second at every look: what each pass is,
 * the share and time left for a file, rows for a pipe; nothing with -q or in a pipe.
 */
class ProgressDisplayTest {
  @TempDir static Path dir;
  static Path survey;

  @BeforeAll
  static void bigEnough() {
    survey = dir.resolve("responses.csv");
    Cli.Result r = Cli.run("simulate", "-n", "100000", "--seed", "7", "-o", survey.toString());
    assertEquals(0, r.code(), r::toString);
  }

  private static Cli.Result run(String tty, byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicLong clock = new AtomicLong();
    Context ctx = new Context(new ByteArrayInputStream(stdin), new PrintWriter(out),
        new PrintWriter(err), Map.of("LEADSURVEY_STDERR_TTY", tty, "LEADSURVEY_STDOUT_TTY", "0"),
        true).withClock(() -> clock.addAndGet(500_000_000L));
    return new Cli.Result(Main.run(args, ctx), out.toString(), err.toString());
  }

  @Test
  void twoPassesOfAFileSayWhichPassTheShareAndTheTimeLeft() {
    Cli.Result r = run("1", new byte[0], "analyze", survey.toString(), "--screen");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().contains("\r  pass 1 of 2 · screening responses.csv · "), r.err());
    assertTrue(r.err().contains("\r  pass 2 of 2 · analysing responses.csv · "), r.err());
    // The reader's buffers run a little ahead of the rows: a share below 100% is seen.
    assertTrue(r.err().matches("(?s).*· \\d{1,2}% · [\\d,]+ rows · about [^\\r]+ left.*"),
        r.err());
    assertTrue(r.err().endsWith("\r\033[K"), "the line is erased at the end");
  }

  @Test
  void onePassOfAPipeSaysTheRowsRead() throws IOException {
    Cli.Result r = run("1", Files.readAllBytes(survey), "analyze", "-");
    assertEquals(0, r.code(), r::toString);
    assertTrue(r.err().contains("\r  reading <stdin> · "), r.err());
    assertTrue(r.err().matches("(?s).*<stdin> · [\\d,]+ rows \\([\\d,]+ rows/s\\).*"), r.err());
    assertFalse(r.err().contains("%"), "no share of an input of unknown size");
    assertFalse(r.err().contains("pass "), "one pass is not numbered");
  }

  @Test
  void validateSaysWhatItDoesToo() {
    Cli.Result r = run("1", new byte[0], "validate", survey.toString());
    assertTrue(r.err().contains("\r  checking responses.csv · "), r.err());
  }

  @Test
  void neverWithQuietNorWhenStderrIsNotATerminal() {
    assertEquals("", run("1", new byte[0], "analyze", survey.toString(), "-q").err());
    assertEquals("", run("0", new byte[0], "analyze", survey.toString()).err());
  }
}
