package org.leadsurvey.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.LongSupplier;
import org.leadsurvey.analysis.Notices;
import org.leadsurvey.report.SafeText;

/**
 * What a command may touch of the outside world, passed in so that every command runs
 * end to end in a test without a JVM of its own.
 *
 * @param interactive whether stdout and stderr are a terminal (colour, progress)
 * @param stdinTerminal whether standard input is a terminal: then a missing FILE is a usage
 *     error, not a wait for typed input
 * @param colorMode {@code --color}
 * @param quiet {@code -q/--quiet}: no warnings, no progress (errors still)
 * @param clock nanoseconds for progress ({@link System#nanoTime}; tests give their own)
 */
record Context(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
    boolean interactive, boolean stdinTerminal, ColorMode colorMode, boolean quiet,
    LongSupplier clock) implements Notices {

  /** {@code --color=WHEN}, as in ls, grep and git. */
  enum ColorMode { AUTO, ALWAYS, NEVER }

  Context(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
      boolean interactive, boolean stdinTerminal) {
    this(in, out, err, env, interactive, stdinTerminal, ColorMode.AUTO, false, System::nanoTime);
  }

  /** A context whose standard input is piped (as in tests). */
  Context(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
      boolean interactive) {
    this(in, out, err, env, interactive, false);
  }

  /** The same context with the command line's {@code --color} and {@code --quiet}. */
  Context with(ColorMode color, boolean beQuiet) {
    return new Context(in, out, err, env, interactive, stdinTerminal,
        color == null ? ColorMode.AUTO : color, beQuiet, clock);
  }

  /** The same context with another clock for progress (tests). */
  Context withClock(LongSupplier nanos) {
    return new Context(in, out, err, env, interactive, stdinTerminal, colorMode, quiet, nanos);
  }

  /**
   * {@code file}, or {@code -} (standard input) when it is null and something is piped in, as
   * {@code cat f | leadsurvey analyze} expects; with nothing piped in, a usage error.
   */
  String fileOrStdin(String file) {
    if (file != null) {
      return file;
    }
    if (stdinTerminal) {
      throw org.leadsurvey.analysis.UserError.usage("give FILE, or pipe the data in"
          + " (cat FILE | leadsurvey ...), or - to type it");
    }
    return "-";
  }

  /**
   * {@code --color=always|never} as asked; by default colour only on a terminal, and never when
   * NO_COLOR is set (https://no-color.org: an explicit option wins over it).
   */
  public boolean color() {
    if (colorMode != ColorMode.AUTO) {
      return colorMode == ColorMode.ALWAYS;
    }
    String noColor = env.get("NO_COLOR");
    return interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"))
        && showsEscapes(System.getProperty("os.name", ""), env);
  }

  /**
   * Whether the terminal turns escape sequences into colour. On Windows the classic console
   * (cmd.exe, PowerShell's window) prints them as text unless a program switches it over, which
   * Java does not; Windows Terminal, ConEmu, ANSICON, mintty/MSYS (TERM set) and editors'
   * terminals do interpret them.
   */
  static boolean showsEscapes(String osName, Map<String, String> env) {
    if (!osName.startsWith("Windows")) {
      return true;
    }
    return env.containsKey("WT_SESSION") || "ON".equalsIgnoreCase(env.get("ConEmuANSI"))
        || env.containsKey("ANSICON") || env.containsKey("TERM")
        || env.containsKey("TERM_PROGRAM");
  }

  /**
   * Whether to show progress: stderr is a terminal, and (unless the command writes to a file)
   * stdout is not that terminal too, where progress would mix with the output. Java cannot ask
   * whether stderr alone is a terminal ({@code System.console()} looks at stdin and stdout), so
   * the launcher script tells it: {@code LEADSURVEY_STDERR_TTY} and
   * {@code LEADSURVEY_STDOUT_TTY} are 1 or 0. Run with plain {@code java -jar}, the console
   * decides.
   */
  boolean progress(boolean writesFile) {
    if (quiet) {
      return false;
    }
    String stderr = env.get("LEADSURVEY_STDERR_TTY");
    String stdout = env.get("LEADSURVEY_STDOUT_TTY");
    if (stderr == null) {
      return interactive && writesFile;
    }
    return "1".equals(stderr) && (writesFile || !"1".equals(stdout));
  }

  /** For commands whose output is short (a report at the end): stderr being a terminal suffices. */
  boolean progress() {
    return progress(true); // as for a command that writes a file: stdout is no concern
  }

  /** Longest message, in characters: the messages quote data only as short excerpts. */
  static final int MESSAGE = 2000;

  /**
   * One line on stderr, prefixed with the tool's name, whatever it quotes: line breaks and
   * control characters shown as escapes, cut at {@link #MESSAGE} characters.
   */
  @Override
  public void error(String message) {
    err.println("leadsurvey: " + SafeText.excerpt(message, MESSAGE));
    err.flush();
  }

  @Override
  public void warn(String message) {
    if (quiet) {
      return;
    }
    err.println("leadsurvey: warning: " + SafeText.excerpt(message, MESSAGE));
    err.flush();
  }
}
