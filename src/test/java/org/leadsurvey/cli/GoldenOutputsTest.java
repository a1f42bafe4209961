package org.leadsurvey.cli;


import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs: every command on the bundled examples (examples/), in every format, must
 * print exactly the bytes recorded under src/test/resources/golden/. A safety net for
 * refactoring: a change of any byte of any output fails here, naming the case and the first
 * line that differs.
 *
 * <p>Layout of the golden folder (see src/test/resources/golden/README.md): per case
 * {@code <case>.stdout} (standard output, verbatim), {@code <case>.stderr} only when the exit
 * code is not 0 or something was written on stderr (first line {@code exit N}, then stderr
 * verbatim), and {@code <case>.files/...} for every file a case writes into its output folder.
 * {@code commands/} holds the command matrix, {@code help/} the help texts (a separate test, so
 * that a deliberate help change regenerates only those).
 *
 * <p>To record the outputs of the current code on purpose (after a deliberate output change):
 * <pre>mvn -q -o test -Dtest=GoldenOutputsTest -Dgolden.update=true</pre>
 * which rewrites the golden files in the source tree (relative to the working directory, which
 * Maven sets to the project root), deletes those no case produces any more, and then fails once
 * saying how many files it changed, so that an update never passes silently. Review the change
 * with {@code git diff src/test/resources/golden} and run the test again without the flag.
 *
 * <p>Inputs are named relative to the project root ({@code examples/team-survey.csv}), as a user
 * in the clone would type them, so the outputs that print a file name do not depend on where the
 * clone lives; the temporary output folders are printed as {@code <TMP>}.
 */
class GoldenOutputsTest {
  /** The golden folder in the source tree (Maven runs tests in the project root). */
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static final String SURVEY = "examples/team-survey.csv";
  static final String PEERS = "examples/peer-ratings.csv";
  static final String BEHAVIOURS = "examples/peer-behaviours.csv";
  static final String DEMOGRAPHICS = "examples/demographics.csv";
  static final String Q1 = "examples/waves/2026-q1.csv";
  static final String Q2 = "examples/waves/2026-q2.csv";
  static final String Q3 = "examples/waves/2026-q3.csv";
  /** Stands for a fresh, empty output folder of the case in its arguments. */
  static final String OUT = "{OUT}";
  static final String TMP_PLACEHOLDER = "<TMP>";

  @TempDir Path tmp;

  /** One command line; {@code name} is its path under the golden folder (no extension). */
  record Case(String name, String... args) {
    String commandLine() {
      StringBuilder s = new StringBuilder("leadsurvey");
      for (String a : args) {
        s.append(' ').append(a.isEmpty() || a.matches(".*[\\s'*].*") ? "'" + a + "'" : a);
      }
      return s.toString();
    }
  }

  static List<Case> commandCases() {
    List<Case> c = new ArrayList<>();
    // analyze, one survey
    for (String f : List.of("table", "json", "csv", "md", "html")) {
      c.add(new Case("analyze/team-survey-" + f, "analyze", SURVEY, "-f", f));
    }
    c.add(new Case("analyze/team-survey-output-dir", "analyze", SURVEY, "--output-dir", OUT));
    for (String f : List.of("table", "json", "csv", "md", "html")) {
      c.add(new Case("analyze/demographics-by-" + f, "analyze", DEMOGRAPHICS, "--by", "gender",
          "--by", "tenure", "--cross-teams", "-f", f));
    }
    c.add(new Case("analyze/demographics-by-output-dir", "analyze", DEMOGRAPHICS, "--by", "site",
        "--cross-teams", "--output-dir", OUT));
    c.add(new Case("analyze/team-survey-screen-json", "analyze", SURVEY, "--screen", "-f", "json"));
    c.add(new Case("analyze/team-survey-exclude-flagged-json",
        "analyze", SURVEY, "--exclude-flagged", "-f", "json"));
    c.add(new Case("analyze/team-survey-missing-listwise-json",
        "analyze", SURVEY, "--missing", "listwise", "-f", "json"));
    c.add(new Case("analyze/team-survey-min-group-3-json",
        "analyze", SURVEY, "--min-group", "3", "-f", "json"));
    c.add(new Case("analyze/team-survey-checks",
        "analyze", SURVEY, "--check", "alpha >= 0.9", "--check", "team.mean >= 4"));
    c.add(new Case("analyze/team-survey-ad-hoc-scale-json", "analyze", SURVEY,
        "--team", "team", "--items", "PS1,PS2,PS3", "--scale", "1..7", "-f", "json"));
    // analyze, three waves
    for (String f : List.of("table", "json", "csv", "md", "html")) {
      c.add(new Case("analyze/waves-" + f, "analyze", Q1, Q2, Q3, "-f", f));
    }
    // the glob as the program expands it (what a shell without globbing passes on)
    c.add(new Case("analyze/waves-glob-output-dir",
        "analyze", "examples/waves/*.csv", "--output-dir", OUT));
    c.add(new Case("analyze/waves-batch-output-dir",
        "analyze", "examples/waves", "--batch", "--output-dir", OUT));
    // trend
    for (String f : List.of("table", "json", "csv", "md", "html")) {
      c.add(new Case("trend/waves-" + f, "trend", Q1, Q2, Q3, "-f", f));
    }
    c.add(new Case("trend/waves-output-dir", "trend", Q1, Q2, Q3, "--output-dir", OUT));
    // validate
    c.add(new Case("validate/team-survey-table", "validate", SURVEY));
    c.add(new Case("validate/team-survey-json", "validate", SURVEY, "-f", "json"));
    c.add(new Case("validate/team-survey-screen", "validate", "--screen", SURVEY));
    c.add(new Case("validate/team-survey-screen-json", "validate", "--screen", SURVEY, "-f", "json"));
    // network
    for (String f : List.of("table", "json", "csv", "md", "html", "dot")) {
      c.add(new Case("network/peer-ratings-" + f, "network", PEERS, "-f", f));
    }
    c.add(new Case("network/peer-ratings-climate-table", "network", PEERS, "--climate", SURVEY));
    c.add(new Case("network/peer-ratings-climate-json",
        "network", PEERS, "--climate", SURVEY, "-f", "json"));
    c.add(new Case("network/peer-ratings-show-people-json",
        "network", PEERS, "--show-people", "-f", "json"));
    c.add(new Case("network/peer-ratings-show-people-dot",
        "network", PEERS, "--show-people", "-f", "dot"));
    for (String f : List.of("json", "csv", "md", "html", "dot")) {
      c.add(new Case("network/peer-behaviours-" + f, "network", BEHAVIOURS, "-f", f));
    }
    c.add(new Case("network/peer-behaviours-climate-table",
        "network", BEHAVIOURS, "--climate", SURVEY));
    c.add(new Case("network/peer-behaviours-show-people-table",
        "network", BEHAVIOURS, "--show-people"));
    c.add(new Case("network/peer-behaviours-show-people-json",
        "network", BEHAVIOURS, "--show-people", "-f", "json"));
    // network across teams (issue 20)
    for (String f : List.of("table", "json", "csv", "md", "html")) {
      c.add(new Case("network/advice-" + f, "network", "examples/advice-nominations.csv",
          "--scope", "organisation", "--roster", "examples/advice-roster.csv", "-f", f));
    }
    c.add(new Case("network/advice-show-people-json", "network",
        "examples/advice-nominations.csv", "--scope", "organisation", "--roster",
        "examples/advice-roster.csv", "--show-people", "-f", "json"));
    // instruments
    c.add(new Case("instruments/list", "instruments"));
    for (String id : List.of("psych-safety", "team-learning", "leadership-behaviours",
        "shared-leadership", "peer-behaviours", "team-climate")) {
      c.add(new Case("instruments/show-" + id, "instruments", "show", id));
    }
    // generate
    for (String f : List.of("md", "txt", "html", "csv", "json", "qsf", "limesurvey", "gforms")) {
      c.add(new Case("generate/psych-safety-" + f, "generate", "psych-safety", "-f", f));
    }
    c.add(new Case("generate/psych-safety-md-shuffle-seed-7",
        "generate", "psych-safety", "--shuffle", "--seed", "7"));
    c.add(new Case("generate/shared-leadership-md", "generate", "shared-leadership"));
    c.add(new Case("generate/shared-leadership-csv", "generate", "shared-leadership", "-f", "csv"));
    for (String f : List.of("md", "html", "csv")) {
      c.add(new Case("generate/peer-behaviours-" + f, "generate", "peer-behaviours", "-f", f));
    }
    // simulate
    c.add(new Case("simulate/n50-teams5-seed3", "simulate", "-n", "50", "--teams", "5", "--seed", "3"));
    c.add(new Case("simulate/n50-teams5-seed3-waves2",
        "simulate", "-n", "50", "--teams", "5", "--seed", "3", "--waves", "2"));
    c.add(new Case("simulate/peer-ratings-n30-teams5-seed3",
        "simulate", "--peer-ratings", "-n", "30", "--teams", "5", "--seed", "3"));
    return c;
  }

  static List<Case> helpCases() {
    List<Case> c = new ArrayList<>();
    c.add(new Case("leadsurvey-help", "--help"));
    c.add(new Case("leadsurvey-version", "--version"));
    for (String command : List.of("analyze", "trend", "validate", "network", "instruments",
        "generate", "simulate")) {
      c.add(new Case(command + "-help", command, "--help"));
    }
    c.add(new Case("instruments-show-help", "instruments", "show", "--help"));
    c.add(new Case("instruments-check-help", "instruments", "check", "--help"));
    return c;
  }

  @Test
  void everyCommandOnTheExamplesPrintsItsGoldenBytes() throws IOException {
    check("commands", commandCases());
  }

  @Test
  void helpTextsAreTheGoldenOnes() throws IOException {
    check("help", helpCases());
  }

  // ---------------------------------------------------------------------------------------------

  private void check(String group, List<Case> cases) throws IOException {
    Path root = GOLDEN.resolve(group);
    // Every output of every case, by path relative to root.
    Map<String, byte[]> actual = new TreeMap<>();
    Map<String, Case> caseOf = new TreeMap<>();
    for (Case c : cases) {
      if (caseOf.containsKey(c.name() + ".stdout")) {
        throw new IllegalStateException("two cases named " + c.name());
      }
      for (Map.Entry<String, byte[]> e : run(group, c).entrySet()) {
        actual.put(e.getKey(), e.getValue());
        caseOf.put(e.getKey(), c);
      }
    }
    Map<String, byte[]> expected = readTree(root);

    if (UPDATE) {
      int changed = 0;
      int deleted = 0;
      for (Map.Entry<String, byte[]> e : actual.entrySet()) {
        byte[] old = expected.get(e.getKey());
        if (old == null || !Arrays.equals(old, e.getValue())) {
          Path file = root.resolve(e.getKey());
          Files.createDirectories(file.getParent());
          Files.write(file, e.getValue());
          changed++;
        }
      }
      for (String stale : expected.keySet()) {
        if (!actual.containsKey(stale)) {
          Files.delete(root.resolve(stale));
          deleted++;
        }
      }
      deleteEmptyFolders(root);
      fail("golden.update=true: updated " + (changed + deleted) + " files under " + root + " ("
          + changed + " written, " + deleted + " deleted, " + (actual.size() - changed)
          + " unchanged, " + actual.size() + " in all, " + cases.size() + " cases). "
          + "Review with git diff, then run again without -Dgolden.update.");
    }

    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : actual.entrySet()) {
      byte[] want = expected.get(e.getKey());
      Case c = caseOf.get(e.getKey());
      String where = "case " + c.name() + " [" + c.commandLine() + "]: " + root.resolve(e.getKey());
      if (want == null) {
        failures.add(where + ": no golden file; the case printed or wrote:\n"
            + excerpt(e.getValue()));
      } else if (!Arrays.equals(want, e.getValue())) {
        failures.add(where + " differs\n" + firstDifference(want, e.getValue()));
      }
    }
    for (String missing : expected.keySet()) {
      if (!actual.containsKey(missing)) {
        failures.add(root.resolve(missing) + ": golden file that no case produces any more"
            + (missing.endsWith(".stderr") ? " (its case now exits 0 with nothing on stderr)" : ""));
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + actual.size() + " golden outputs of " + cases.size()
          + " cases differ (if the change is deliberate: mvn -o test -Dtest=GoldenOutputsTest"
          + " -Dgolden.update=true, see " + GOLDEN.resolve("README.md") + ")\n\n"
          + String.join("\n\n", failures.subList(0, Math.min(failures.size(), 25)))
          + (failures.size() > 25 ? "\n\n... and " + (failures.size() - 25) + " more" : ""));
    }
  }

  /** Runs one case and returns its outputs, by golden path relative to the group's folder. */
  private Map<String, byte[]> run(String group, Case c) throws IOException {
    Path out = tmp.resolve(group).resolve(c.name()).resolve("out");
    Files.createDirectories(out.getParent());
    String[] args = Arrays.stream(c.args())
        .map(a -> a.equals(OUT) ? out.toString() : a)
        .toArray(String[]::new);
    Cli.Result r = Cli.run(args);

    Map<String, byte[]> files = new TreeMap<>();
    files.put(c.name() + ".stdout", bytes(mask(r.out())));
    if (r.code() != 0 || !r.err().isEmpty()) {
      files.put(c.name() + ".stderr", bytes("exit " + r.code() + "\n" + mask(r.err())));
    }
    if (Arrays.asList(c.args()).contains(OUT)) {
      Map<String, byte[]> written = readTree(out);
      if (written.isEmpty()) {
        throw new AssertionError(c.name() + " wrote no file into its output folder: " + r);
      }
      for (Map.Entry<String, byte[]> e : written.entrySet()) {
        files.put(c.name() + ".files/" + e.getKey(), maskBytes(e.getValue()));
      }
    }
    return files;
  }

  /** Replaces the temporary folder, and the project folder, by placeholders. */
  private String mask(String s) {
    String t = tmp.toAbsolutePath().toString();
    String project = Path.of("").toAbsolutePath().toString();
    return s.replace(t, TMP_PLACEHOLDER)
        .replace(t.replace('\\', '/'), TMP_PLACEHOLDER)
        .replace(t.replace("\\", "\\\\"), TMP_PLACEHOLDER)
        .replace(project, "<PROJECT>")
        .replace(project.replace('\\', '/'), "<PROJECT>");
  }

  /** {@link #mask} for a written file, leaving any file that is not UTF-8 text untouched. */
  private byte[] maskBytes(byte[] b) {
    String s = new String(b, StandardCharsets.UTF_8);
    return Arrays.equals(bytes(s), b) ? bytes(mask(s)) : b;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every regular file under {@code dir}, by '/'-separated relative path, sorted. */
  private static Map<String, byte[]> readTree(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        try {
          files.put(rel, Files.readAllBytes(p));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  private static void deleteEmptyFolders(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> dirs = walk.filter(Files::isDirectory).sorted((a, b) -> b.compareTo(a)).toList();
      for (Path d : dirs) {
        try (Stream<Path> in = Files.list(d)) {
          if (!d.equals(root) && in.findAny().isEmpty()) {
            Files.delete(d);
          }
        }
      }
    }
  }

  /** The first line that differs, expected against actual, with its line and column. */
  static String firstDifference(byte[] expected, byte[] actual) {
    List<String> want = lines(new String(expected, StandardCharsets.UTF_8));
    List<String> got = lines(new String(actual, StandardCharsets.UTF_8));
    int n = Math.min(want.size(), got.size());
    for (int i = 0; i < n; i++) {
      if (!want.get(i).equals(got.get(i))) {
        String w = want.get(i);
        String g = got.get(i);
        int col = 0;
        while (col < w.length() && col < g.length() && w.charAt(col) == g.charAt(col)) {
          col++;
        }
        return "  first difference at line " + (i + 1) + ", column " + (col + 1) + " ("
            + want.size() + " lines expected, " + got.size() + " actual):\n"
            + "  expected: " + show(w, col) + "\n"
            + "  actual:   " + show(g, col);
      }
    }
    if (want.size() != got.size()) {
      boolean shorter = got.size() < want.size();
      int i = n;
      return "  " + (shorter ? "output ends early" : "output goes on") + " at line " + (i + 1)
          + " (" + want.size() + " lines expected, " + got.size() + " actual):\n"
          + "  expected: " + (shorter ? show(want.get(i), 0) : "<end of output>") + "\n"
          + "  actual:   " + (shorter ? "<end of output>" : show(got.get(i), 0));
    }
    return "  same text, different bytes (" + expected.length + " bytes expected, "
        + actual.length + " actual): encoding?";
  }

  /** Lines, each with its terminator ("\n", "\r\n" or none), so line endings differ too. */
  private static List<String> lines(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        lines.add(s.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < s.length()) {
      lines.add(s.substring(start));
    }
    return lines;
  }

  /** A line as Java would write it (control characters escaped), around {@code col} if long. */
  private static String show(String line, int col) {
    int from = 0;
    int to = line.length();
    if (to > 160) {
      from = Math.max(0, col - 60);
      to = Math.min(line.length(), from + 160);
    }
    StringBuilder s = new StringBuilder(from > 0 ? "..." : "").append('"');
    for (char ch : line.substring(from, to).toCharArray()) {
      switch (ch) {
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        default -> s.append(ch < 0x20 || ch == 0x7f ? String.format("\\u%04x", (int) ch) : ch);
      }
    }
    return s.append('"').append(to < line.length() ? "..." : "").toString();
  }

  private static String excerpt(byte[] b) {
    List<String> lines = lines(new String(b, StandardCharsets.UTF_8));
    StringBuilder s = new StringBuilder();
    for (String l : lines.subList(0, Math.min(5, lines.size()))) {
      s.append("    ").append(show(l, 0)).append('\n');
    }
    if (lines.size() > 5) {
      s.append("    ... (").append(lines.size()).append(" lines)\n");
    }
    return lines.isEmpty() ? "    <nothing>" : s.toString().stripTrailing();
  }
}
