package org.leadsurvey.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * The build's generator of shell completion and man pages (not a user command), run at
 * {@code package} time so both always match the options the binary has.
 *
 * <p>Completion is picocli's {@link AutoComplete} script, which bash runs as it is and zsh
 * through {@code bashcompinit}. Man pages are troff written here from the same command model:
 * picocli-codegen's {@code ManPageGenerator} writes AsciiDoc, which needs Asciidoctor (and its
 * JRuby) at build time to become a page {@code man} can show, and picocli-codegen is not in the
 * offline repository this project builds from.
 *
 * <p>Usage: {@code java -cp leadsurvey.jar org.leadsurvey.cli.ShellDocs OUT_DIR DATE}; writes
 * {@code OUT_DIR/bash-completion/completions/leadsurvey} and {@code OUT_DIR/man/man1/leadsurvey*.1}.
 */
public final class ShellDocs {
  private ShellDocs() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    String date = args[1];
    CommandLine root = commandTree();
    Path completion = Files.createDirectories(out.resolve("bash-completion/completions"));
    Files.writeString(completion.resolve("leadsurvey"),
        AutoComplete.bash("leadsurvey", root), StandardCharsets.UTF_8);
    Path man = Files.createDirectories(out.resolve("man/man1"));
    String version = new VersionProvider().getVersion()[0];
    writePages(man, root, date, version);
  }

  /** A page for the command and each of its subcommands, to any depth (instruments show). */
  private static void writePages(Path dir, CommandLine cmd, String date, String version)
      throws IOException {
    writePage(dir, cmd, date, version);
    for (CommandLine sub : cmd.getSubcommands().values()) {
      if (!sub.getCommandSpec().name().equals("help")) {
        writePages(dir, sub, date, version);
      }
    }
  }

  /** The whole command tree, as {@code leadsurvey --help} builds it. */
  static CommandLine commandTree() {
    Context quiet = new Context(InputStream.nullInputStream(), new PrintWriter(Writer.nullWriter()),
        new PrintWriter(Writer.nullWriter()), Map.of(), false);
    CommandLine cmd = new CommandLine(new Main(quiet));
    Main.addAllCommands(cmd);
    cmd.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
    return cmd;
  }

  private static void writePage(Path dir, CommandLine cmd, String date, String version)
      throws IOException {
    CommandSpec spec = cmd.getCommandSpec();
    String name = spec.qualifiedName("-");
    Files.writeString(dir.resolve(name + ".1"), manPage(cmd, date, version),
        StandardCharsets.UTF_8);
  }

  /** One man(7) page: name, synopsis, description, options, arguments, subcommands, footer. */
  static String manPage(CommandLine cmd, String date, String version) {
    CommandSpec spec = cmd.getCommandSpec();
    Help help = cmd.getHelp();
    StringBuilder s = new StringBuilder();
    String name = spec.qualifiedName("-");
    s.append(".TH \"").append(name.toUpperCase(Locale.ROOT)).append("\" 1 \"")
        .append(date).append("\" \"").append(version).append("\" \"leadsurvey manual\"\n");
    s.append(".SH NAME\n").append(escape(name)).append(" \\- ")
        .append(escape(oneLine(summary(spec)))).append('\n');
    s.append(".SH SYNOPSIS\n.nf\n").append(escape(help.synopsis(0).stripTrailing()))
        .append("\n.fi\n");
    String description = String.join("\n", spec.usageMessage().description());
    if (!description.isBlank()) {
      s.append(".SH DESCRIPTION\n").append(escape(text(help, description))).append('\n');
    }
    List<PositionalParamSpec> positionals = spec.positionalParameters();
    if (!positionals.isEmpty()) {
      s.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : positionals) {
        if (p.hidden()) {
          continue;
        }
        s.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n")
            .append(escape(text(help, String.join(" ", p.description())))).append('\n');
      }
    }
    s.append(".SH OPTIONS\n");
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      s.append(".TP\n");
      String names = String.join(", ", List.of(o.names()).stream()
          .map(n -> "\\fB" + escape(n) + "\\fR").toList());
      s.append(names);
      if (o.arity().max() > 0) {
        s.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
      }
      s.append('\n').append(escape(text(help, String.join(" ", o.description())))).append('\n');
    }
    if (!cmd.getSubcommands().isEmpty()) {
      s.append(".SH COMMANDS\n");
      for (Map.Entry<String, CommandLine> e : cmd.getSubcommands().entrySet()) {
        if (e.getValue().getCommandSpec().usageMessage().hidden()) {
          continue;
        }
        s.append(".TP\n\\fB").append(escape(e.getKey())).append("\\fR\n")
            .append(escape(oneLine(summary(e.getValue().getCommandSpec())))).append('\n');
      }
      s.append(".PP\nEach command has its own page: ");
      s.append(String.join(", ", cmd.getSubcommands().keySet().stream()
          .filter(k -> !k.equals("help")).map(k -> "\\fB" + name + "-" + escape(k) + "\\fR(1)")
          .toList()));
      s.append(".\n");
    }
    String footer = String.join("\n", spec.usageMessage().footer()).strip();
    if (!footer.isEmpty()) {
      // The footer is the examples: kept as they are, one command a line, never refilled.
      s.append(".SH EXAMPLES\n.nf\n").append(escape(text(help, footer)
          .replaceFirst("^Examples:\\s*\n", ""))).append("\n.fi\n");
    }
    return s.toString();
  }

  private static String summary(CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    String[] description = spec.usageMessage().description();
    String first = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
    return first.replace("%%", "%");
  }

  /** Picocli's text: format specifiers and markup resolved, as {@code --help} shows it. */
  private static String text(Help help, String raw) {
    String formatted = raw.replace("%n", "\n").replace("%%", "%");
    return help.colorScheme().ansi().string(formatted);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Troff: a backslash is {@code \e}; a line starting with a dot or quote is text, not a macro. */
  static String escape(String s) {
    String e = s.replace("\\", "\\e").replace("-", "\\-");
    return e.replaceAll("(?m)^([.'])", "\\\\&$1");
  }
}
