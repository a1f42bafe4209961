package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion script install.sh installs, run by the shells it is for: bash as it is, and
 * zsh (which sources it through bashcompinit, as install.sh tells users to). The zsh test needs
 * zsh: without it the test is skipped with a message saying so, unless zsh tests are declared
 * mandatory ({@value #ENV}={@value #REQUIRED} in the environment, as {@code .ci/run} sets, or
 * {@code -D}{@value #PROPERTY}{@code =}{@value #REQUIRED}): then it fails instead.
 */
class ZshCompletionTest {
  static final String ENV = "LEADSURVEY_ZSH_TESTS";
  static final String PROPERTY = "leadsurvey.zshTests";
  static final String REQUIRED = "required";

  @TempDir Path dir;
  private Path script;

  @BeforeEach
  void generate() throws Exception {
    ShellDocs.main(new String[] {dir.toString(), "2026-01-01"});
    script = dir.resolve("bash-completion/completions/leadsurvey");
  }

  record Run(int code, String out, String err) {}

  private Run run(Path shell, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(shell.toString()));
    command.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("HOME", dir.toString()); // no user rc files, no dump in the home
    pb.environment().put("ZDOTDIR", dir.toString());
    Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the shell finished");
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /** What the completion function offers for {@code words}, the last being completed. */
  private static String complete(String... words) {
    return "COMP_WORDS=(" + String.join(" ", words) + "); COMP_CWORD=" + (words.length - 1)
        + "; COMP_LINE='" + String.join(" ", words) + "'; COMP_POINT=${#COMP_LINE};"
        + " _complete_leadsurvey 2>/dev/null; echo \"${COMPREPLY[*]}\"; ";
  }

  @Test
  void bashCompletesCommandsAndOptions() throws Exception {
    Run r = run(which("bash"), "--norc", "-c", "source " + script + "; "
        + complete("leadsurvey", "an") + complete("leadsurvey", "analyze", "--min-g")
        + complete("leadsurvey", "instruments", "sh"));
    assertEquals(0, r.code(), r::toString);
    assertEquals(List.of("analyze analyse", "--min-group", "show"), r.out().lines().toList());
  }

  @Test
  void theScriptCarriesWhatZshNeeds() throws IOException {
    String s = Files.readString(script);
    // zsh runs the bash functions through its bash emulation, loaded by the script itself.
    assertTrue(s.contains("autoload -U +X bashcompinit && bashcompinit"), "bashcompinit");
    assertTrue(s.contains("autoload -U +X compinit && compinit"), "compinit when not loaded");
    assertTrue(s.contains("complete -F _complete_leadsurvey"), "the function is registered");
  }

  @Test
  void zshLoadsTheScriptAndItsFunctionCompletes() throws Exception {
    Path zsh = zsh();
    // As install.sh says: source the script from ~/.zshrc (here with compinit already on).
    Run r = run(zsh, "-f", "-c", "autoload -U compinit && compinit -u -d " + dir.resolve("dump")
        + " && source " + script + " && print -r -- \"${_comps[leadsurvey]}\"; "
        // The emulation runs bash functions with bash's 0-based arrays.
        + "setopt ksharrays; " + complete("leadsurvey", "an")
        + complete("leadsurvey", "analyze", "--min-g"));
    assertEquals(0, r.code(), r::toString);
    assertEquals("", r.err(), "sourcing prints no error");
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r::toString);
    assertTrue(lines.get(0).contains("-F _complete_leadsurvey"), "registered: " + lines.get(0));
    // zsh's compgen leaves matching the typed prefix to zsh, so every candidate is offered.
    assertTrue(List.of(lines.get(1).split(" ")).containsAll(List.of("analyze", "trend",
        "validate", "network", "instruments")), lines.get(1));
    assertTrue(List.of(lines.get(2).split(" ")).contains("--min-group"), lines.get(2));
  }

  private static Path which(String name) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(d, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** zsh on the PATH; without it a skip that says so, or a failure when zsh tests are required. */
  private static Path zsh() {
    Path zsh = which("zsh");
    if (zsh != null) {
      return zsh;
    }
    String missing = "zsh is not installed (not on PATH), so the completion script was not"
        + " loaded in zsh; its content is checked by theScriptCarriesWhatZshNeeds. Install it"
        + " with apt-get install -y zsh (.ci/run does).";
    if (required()) {
      return fail(missing + " zsh tests are required here (" + ENV + "=" + REQUIRED + " or -D"
          + PROPERTY + "=" + REQUIRED + ").");
    }
    System.err.println("[ZshCompletionTest] Skipped: " + missing);
    return abort(missing);
  }

  /** Any value but 'required' fails, so a misspelt flag cannot turn the test into a skip. */
  private static boolean required() {
    boolean required = false;
    for (String value : new String[] {System.getenv(ENV), System.getProperty(PROPERTY)}) {
      String v = value == null ? "" : value.strip();
      if (v.equalsIgnoreCase(REQUIRED)) {
        required = true;
      } else if (!v.isEmpty()) {
        fail(ENV + " / -D" + PROPERTY + " is '" + value + "'; the only value it takes is '"
            + REQUIRED + "'.");
      }
    }
    return required;
  }
}
