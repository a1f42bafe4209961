package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Help texts are format strings to picocli: a lone '%' (as in "95% CI") makes it warn on the
 * JVM's stderr on every --help. No command's help may do so.
 */
class HelpFormatTest {
  @Test
  void noHelpTextMakesPicocliWarn() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      for (String command : List.of("analyze", "trend", "validate", "network", "instruments",
          "generate", "simulate")) {
        Cli.Result r = Cli.run(command, "--help");
        assertEquals(0, r.code(), command);
      }
      Cli.run("--help");
    } finally {
      System.setErr(saved);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }
}
