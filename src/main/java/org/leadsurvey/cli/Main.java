package org.leadsurvey.cli;

import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.io.ErrorKeepingWriter;
import org.leadsurvey.io.RunInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The {@code leadsurvey} command; {@link #main} is the only place that exits the JVM. */
@Command(
    name = "leadsurvey",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Psychological-safety and shared-leadership surveys: reliability, team "
        + "scores and agreement that match R's psych and multilevel, with small teams kept "
        + "private.",
    footer = {"", "Examples:",
        "  leadsurvey analyze responses.csv",
        "  leadsurvey analyze responses.csv --format json -o results.json",
        "  leadsurvey trend q1.csv q2.csv q3.csv",
        "  leadsurvey validate qualtrics-export.csv",
        "  leadsurvey network peer-ratings.csv --climate responses.csv",
        "  leadsurvey generate psych-safety --format qsf -o psych-safety.qsf",
        "  leadsurvey simulate -n 1000 --teams 100 -o demo.csv",
        "  leadsurvey help analyze"})
public final class Main implements Callable<Integer> {
  /** The subcommands, in the order help lists them. */
  private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("analyze", AnalyzeCommand.class);
    COMMANDS.put("trend", TrendCommand.class);
    COMMANDS.put("validate", ValidateCommand.class);
    COMMANDS.put("network", NetworkCommand.class);
    COMMANDS.put("instruments", InstrumentsCommand.class);
    COMMANDS.put("generate", GenerateCommand.class);
    COMMANDS.put("simulate", SimulateCommand.class);
  }

  /** Every subcommand and {@code help}: the whole tree, as the root's help lists it. */
  static void addAllCommands(CommandLine cmd) {
    COMMANDS.values().forEach(cmd::addSubcommand);
    cmd.addSubcommand(new CommandLine.HelpCommand());
  }

  private final Context context;

  @Spec CommandSpec spec;

  // Inherited: accepted before or after the subcommand (leadsurvey -q analyze, analyze -q).
  @CommandLine.Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
      scope = CommandLine.ScopeType.INHERIT,
      description = "auto (on a terminal, unless NO_COLOR is set), always or never.")
  Context.ColorMode color;

  @CommandLine.Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
      description = "No warnings and no progress on stderr (errors still).")
  boolean quiet;

  Main(Context context) {
    this.context = context;
  }

  Context context() {
    return context.with(color, quiet);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(context.err());
    return ExitCode.BAD_INPUT;
  }

  public static void main(String[] args) {
    // The file descriptor, not System.out: a PrintStream swallows a closed pipe, so the
    // PrintWriter's checkError() would never see that `| head` has gone away.
    // The error keeper tells a full disk (an error) from a reader gone away (not one).
    ErrorKeepingWriter stdout = new ErrorKeepingWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(stdout);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    Context context = new Context(stdin(), out, err, System.getenv(), System.console() != null,
        stdinIsTerminal());
    int code = run(args, context);
    out.flush();
    IOException failed = stdout.error();
    if (failed != null && !ErrorKeepingWriter.isBrokenPipe(failed)) {
      context.error("cannot write to standard output: " + failed.getMessage());
      code = Math.max(code, ExitCode.BAD_INPUT);
    }
    err.flush();
    System.exit(code);
  }

  /**
   * Groups of 1 or 2 can be shown when asked, but two people who compare their answers with
   * a group of 2's figures each learn the other's: say so (--min-group below 1 is refused).
   */
  private static void warnSmallGroups(CommandLine.ParseResult parsed, Context context) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      CommandLine.Model.OptionSpec o = p.matchedOption("--min-group");
      if (o != null && o.getValue() instanceof Integer n && n >= 1 && n < 3) {
        context.warn("--min-group " + n + " shows groups of " + (n == 1 ? "one person: their"
            + " own answers" : "two people: each can work out the other's answers")
            + "; 3 is the least that keeps answers private, 5 the default");
      }
      CommandLine.Model.OptionSpec r = p.matchedOption("--min-raters");
      if (r != null && r.getValue() instanceof Integer n && n >= 1 && n < 3) {
        context.warn("--min-raters " + n + " shows a person's mean from " + (n == 1
            ? "one rating: that rater's answer" : "two ratings: each rater can work out the"
            + " other's") + "; 3 is the least that keeps ratings private, and the default");
      }
    }
  }

  /**
   * Standard input, or when it was closed ({@code leadsurvey analyze - <&-}) a stream that says
   * so: the JVM then opens its own files on descriptor 0, and reading them would show binary.
   */
  private static InputStream stdin() {
    try {
      Path fd0 = Files.readSymbolicLink(Path.of("/proc/self/fd/0"));
      boolean jvmFile = fd0.startsWith(Path.of(System.getProperty("java.home")))
          || fd0.toString().endsWith(".jsa")
          || Arrays.stream(System.getProperty("java.class.path", "")
              .split(File.pathSeparator)).anyMatch(c -> !c.isEmpty()
              && Path.of(c).toAbsolutePath().equals(fd0));
      if (jvmFile) {
        return new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("standard input is closed");
          }
        };
      }
    } catch (IOException | RuntimeException e) {
      // No /proc (not Linux), or descriptor 0 is a pipe or a terminal: the real stdin.
    }
    return System.in;
  }

  /**
   * Whether descriptor 0 is a terminal. Java 17 cannot ask ({@code System.console()} needs
   * stdout to be one too): Linux names the device; elsewhere, the console's answer.
   */
  private static boolean stdinIsTerminal() {
    try {
      String fd0 = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
      return fd0.startsWith("/dev/pts/") || fd0.startsWith("/dev/tty")
          || fd0.startsWith("/dev/console");
    } catch (IOException | RuntimeException e) {
      return System.console() != null;
    }
  }

  /**
   * The message for a bad command line: a mistyped command or option gets the nearest names
   * (as git does: "did you mean analyze?"). picocli's own suggestions list every name that
   * merely starts alike, and miss swapped letters.
   */
  private static String message(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
      return ex.getMessage();
    }
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    String word = u.getUnmatched().get(0);
    boolean option = word.startsWith("-");
    List<String> names = new ArrayList<>();
    if (option) {
      spec.options().forEach(o -> names.addAll(List.of(o.names())));
      word = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
    } else if (spec.parent() == null) {
      names.addAll(COMMANDS.keySet());
      names.add("help");
    }
    List<String> near = new ArrayList<>(Suggestions.nearest(word, names));
    if (near.isEmpty() && !option && spec.parent() == null && word.contains(".")) {
      near.add("leadsurvey analyze " + word); // a file given without a command
    }
    String said = option || spec.parent() != null ? ex.getMessage()
        : "'" + word + "' is not a leadsurvey command";
    return near.isEmpty() ? said : said + "; did you mean " + String.join(" or ", near) + "?";
  }

  /** The last {@code --color} on the command line, or null (auto). */
  private static Context.ColorMode colorOption(String[] args) {
    Context.ColorMode mode = null;
    for (int i = 0; i < args.length && !"--".equals(args[i]); i++) {
      String value = args[i].startsWith("--color=") ? args[i].substring(8)
          : "--color".equals(args[i]) && i + 1 < args.length ? args[i + 1] : null;
      for (Context.ColorMode m : Context.ColorMode.values()) {
        mode = m.name().equalsIgnoreCase(value) ? m : mode;
      }
    }
    return mode;
  }

  /** Runs one command line and returns its exit code; never throws, never exits. */
  public static int run(String[] args, Context context) {
    if (args.length == 1 && ("--version".equals(args[0]) || "-V".equals(args[0]))) {
      // Fast path: picocli's classes (Java 5 bytecode) cannot go into the class-data-sharing
      // archive, and building the command model costs more than the JVM's own start-up.
      context.out().println(new VersionProvider().getVersion()[0]);
      context.out().flush();
      return ExitCode.OK;
    }
    RunInputs.reset();
    Main main = new Main(context);
    CommandLine cmd = new CommandLine(main);
    // Building a command's model is most of the start-up: build only the one being run, and
    // all of them when the root's help (or an unknown word) needs the whole list.
    Class<?> only = args.length > 0
        ? COMMANDS.get("analyse".equals(args[0]) ? "analyze" : args[0]) : null;
    if (only != null) {
      cmd.addSubcommand(only);
    } else {
      addAllCommands(cmd);
    }
    cmd.setOut(context.out());
    cmd.setErr(context.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    // Help is printed while parsing, before the options are set: look for --color here.
    boolean helpColor = context.with(colorOption(args), false).color();
    cmd.setColorScheme(Help.defaultColorScheme(helpColor ? Help.Ansi.ON : Help.Ansi.OFF));
    cmd.setParameterExceptionHandler((ex, argv) -> {
      CommandLine c = ex.getCommandLine();
      context.error(message(ex));
      context.err().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
      context.err().flush();
      return ExitCode.BAD_INPUT;
    });
    cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
      if (ex instanceof UserError e) {
        if (e.getMessage() != null) {
          context.error(e.getMessage());
        }
        if (e.usage()) {
          context.err().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for"
              + " usage.");
          context.err().flush();
        }
        return e.exitCode();
      }
      if (ErrorKeepingWriter.isBrokenPipe(ex)) {
        return ExitCode.OK;
      }
      if (ex instanceof IOException e) {
        // A file that cannot be read or written (full disk, no permission, a directory): the
        // user's to fix, not a bug.
        context.error(IoMessages.describe(e));
        return ExitCode.BAD_INPUT;
      }
      context.error("internal error: " + ex + " (please report it; set LEADSURVEY_DEBUG=1 for"
          + " the stack trace)");
      if (context.env().containsKey("LEADSURVEY_DEBUG")) {
        ex.printStackTrace(context.err());
      }
      context.err().flush();
      return ExitCode.INTERNAL;
    });
    cmd.setExecutionStrategy(parsed -> {
      int done = new CommandLine.RunLast().execute(parsed);
      if (done == ExitCode.OK || done == ExitCode.FINDINGS) { // a failed run: its one line only
        warnSmallGroups(parsed, main.context());
      }
      return done;
    });
    int code;
    try {
      code = cmd.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only exceptions to the handler above; this must not be a stack trace.
      context.error("out of memory: give Java more with LEADSURVEY_JAVA_OPTS=-Xmx4g (memory"
          + " grows with the number of teams, not of respondents)");
      return ExitCode.INTERNAL;
    }
    context.out().flush();
    context.err().flush();
    return code;
  }
}
