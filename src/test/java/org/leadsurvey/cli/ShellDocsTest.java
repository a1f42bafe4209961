package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The build-time completion and man pages: one page per command, every option on it. */
class ShellDocsTest {
  @Test
  void everyVisibleOptionOfEveryCommandIsOnItsManPage() {
    CommandLine root = ShellDocs.commandTree();
    for (CommandLine cmd : root.getSubcommands().values()) {
      String page = ShellDocs.manPage(cmd, "2026-01-01", "9.9");
      String name = cmd.getCommandSpec().qualifiedName("-");
      assertTrue(page.startsWith(".TH \"" + name.toUpperCase(java.util.Locale.ROOT) + "\" 1"),
          page);
      for (OptionSpec o : cmd.getCommandSpec().options()) {
        if (!o.hidden()) {
          assertTrue(page.contains("\\fB" + ShellDocs.escape(o.longestName()) + "\\fR"),
              name + " lacks " + o.longestName());
        }
      }
    }
  }

  @Test
  void textThatLooksLikeTroffIsEscaped() {
    assertEquals("\\&.TH not a macro\n\\&'quoted\nback\\eslash \\-\\-min\\-group",
        ShellDocs.escape(".TH not a macro\n'quoted\nback\\slash --min-group"));
  }

  @Test
  void writesCompletionAndAPagePerCommand(@TempDir Path out) throws Exception {
    ShellDocs.main(new String[] {out.toString(), "2026-01-01"});
    String completion = Files.readString(out.resolve("bash-completion/completions/leadsurvey"));
    assertTrue(completion.contains("complete -F"), "a bash completion function");
    assertTrue(completion.contains("bashcompinit"), "zsh runs it through bashcompinit");
    // Each command once, by its name (an alias such as 'analyse' has no page of its own).
    for (String command : ShellDocs.commandTree().getSubcommands().values().stream()
        .map(picocli.CommandLine::getCommandName).distinct().toList()) {
      if (!command.equals("help")) {
        assertTrue(completion.contains(command), command);
        assertTrue(Files.exists(out.resolve("man/man1/leadsurvey-" + command + ".1")), command);
      }
    }
    assertTrue(completion.contains("--min-group"));
    for (String nested : ShellDocs.commandTree().getSubcommands().get("instruments")
        .getSubcommands().keySet()) {
      assertTrue(Files.exists(out.resolve("man/man1/leadsurvey-instruments-" + nested + ".1")),
          "the page the instruments page refers to: " + nested);
    }
    String root = Files.readString(out.resolve("man/man1/leadsurvey.1"));
    assertTrue(root.contains("\\fBleadsurvey-analyze\\fR(1)"), root);
  }
}
