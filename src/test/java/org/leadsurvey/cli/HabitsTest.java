package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Habits people bring from csvkit, jq, ripgrep and git (issue 18), one test each. */
class HabitsTest {
  private static final String ACME = AnalyzeCommandTest.ACME;

  /** Runs with standard input a terminal (nothing piped in). */
  private static Cli.Result onTerminal(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context ctx = new Context(new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
        new PrintWriter(err), Map.of(), false, true);
    return new Cli.Result(Main.run(args, ctx), out.toString(), err.toString());
  }

  @Test
  void withoutFileReadsWhatIsPipedIn() throws IOException {
    String csv = Files.readString(Path.of(ACME));
    for (String command : new String[] {"analyze", "validate"}) {
      Cli.Result piped = Cli.withStdin(csv, command, "-f", "json");
      Cli.Result dash = Cli.withStdin(csv, command, "-", "-f", "json");
      assertEquals(dash.code(), piped.code(), piped::toString);
      assertEquals(dash.out(), piped.out(), command + " with no FILE reads standard input");
      assertTrue(piped.out().contains("<stdin>"), piped::toString);
    }
    Cli.Result network = Cli.withStdin(Files.readString(Path.of(NetworkCommandTest.RATINGS)),
        "network", "-f", "json");
    assertEquals(Cli.withStdin(Files.readString(Path.of(NetworkCommandTest.RATINGS)),
        "network", "-", "-f", "json").out(), network.out(), network::toString);
  }

  @Test
  void withoutFileOnATerminalIsAUsageErrorNotAWait() {
    for (String command : new String[] {"analyze", "validate", "network"}) {
      Cli.Result r = onTerminal(command);
      assertEquals(2, r.code(), r::toString);
      assertEquals("", r.out());
      assertTrue(r.err().startsWith("leadsurvey: give FILE, or pipe the data in"), r::toString);
      assertTrue(r.err().contains("Try 'leadsurvey " + command + " --help'"), r::toString);
    }
  }
}
