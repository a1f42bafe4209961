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

  /** An example command in help is copied whole: none may wrap onto a second line. */
  @Test
  void examplesNeverWrap() {
    for (String command : List.of("analyze", "trend", "validate", "network", "instruments",
        "generate", "simulate")) {
      List<String> lines = Cli.run(command, "--help").out().lines().toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        String next = lines.get(i + 1);
        if (lines.get(i).startsWith("  leadsurvey ") && !next.isEmpty()) {
          org.junit.jupiter.api.Assertions.assertTrue(next.startsWith("  "),
              command + ": '" + lines.get(i) + "' wraps onto '" + next + "'");
        }
      }
    }
  }
}
