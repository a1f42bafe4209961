package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell stub in front of the jar (src/main/sh/launcher.sh): which JVM options it passes for
 * which command lines. JAVA points at a script that prints its arguments instead of starting
 * a JVM. Large files are sparse, so they cost no disk.
 */
class LauncherTest {
  private static final String QUICK = "-XX:TieredStopAtLevel=1";
  private static final long MIB = 1024 * 1024;

  @TempDir
  Path dir;
  private Path java;
  private Path small;

  @BeforeEach
  void fakeJava() throws IOException {
    java = ShellScripts.executable(dir.resolve("java"),
        "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
    small = dir.resolve("small.csv");
    Files.writeString(small, "team,PS1\nA,5\n");
  }

  @Test
  void smallInputRunsOnTheQuickCompilerAlone() throws Exception {
    List<String> jvm = jvmOptions("", "analyze", small.toString());
    assertTrue(jvm.contains(QUICK), jvm.toString());
    assertTrue(jvm.contains("-XX:+UseParallelGC"), jvm.toString());
  }

  @Test
  void commandsWithoutInputFilesRunOnTheQuickCompilerAlone() throws Exception {
    assertTrue(jvmOptions("", "instruments", "list").contains(QUICK));
  }

  @Test
  void largeInputKeepsTheOptimisingCompiler() throws Exception {
    Path big = sparse("big.csv", 40 * MIB);
    assertFalse(jvmOptions("", "analyze", big.toString()).contains(QUICK));
  }

  @Test
  void inputSizesAddUp() throws Exception {
    Path q1 = sparse("q1.csv", 20 * MIB);
    Path q2 = sparse("q2.csv", 20 * MIB);
    assertTrue(jvmOptions("", "analyze", q1.toString()).contains(QUICK));
    assertFalse(jvmOptions("", "trend", q1.toString(), q2.toString()).contains(QUICK));
  }

  @Test
  void anExistingOutputFileIsNotCountedAsInput() throws Exception {
    Path old = sparse("old.json", 40 * MIB);
    for (String flag : List.of("-o", "--output", "--output-dir")) {
      List<String> jvm = jvmOptions("", "analyze", small.toString(), flag, old.toString());
      assertTrue(jvm.contains(QUICK), flag + " " + jvm);
    }
  }

  @Test
  void runsOfUnknownLengthOrHeavyArithmeticKeepTheDefault() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("waves"));
    List<List<String>> lines = List.of(
        List.of("analyze", "-"),
        List.of("analyze", folder.toString()),
        List.of("analyze", dir + "/q*.csv"),
        List.of("analyze", small.toString(), "--screen"),
        List.of("validate", "--screen", small.toString()),
        List.of("simulate", "-n", "1000000"));
    for (List<String> line : lines) {
      assertFalse(jvmOptions("", line.toArray(String[]::new)).contains(QUICK), line.toString());
    }
  }

  @Test
  void userOptionsComeLastSoTheyWin() throws Exception {
    List<String> jvm = jvmOptions("-XX:TieredStopAtLevel=4 -Xmx1g", "analyze", small.toString());
    int quick = jvm.indexOf(QUICK);
    int user = jvm.indexOf("-XX:TieredStopAtLevel=4");
    assertTrue(quick >= 0 && user > quick, jvm.toString());
    assertEquals("-Xmx1g", jvm.get(user + 1));
  }

  @Test
  void theCommandLineIsPassedOnUnchanged() throws Exception {
    List<String> jvm = jvmOptions("", "analyze", small.toString(), "--team", "a team", "-o", "-");
    List<String> tail = jvm.subList(jvm.indexOf("-jar") + 2, jvm.size());
    assertEquals(List.of("analyze", small.toString(), "--team", "a team", "-o", "-"), tail);
  }

  @Test
  void anUnreadableInputLeavesTheErrorToLeadsurveyAlone() throws Exception {
    // As root every file is readable: a wc that fails stands in for "Permission denied".
    Path bin = Files.createDirectory(dir.resolve("bin"));
    ShellScripts.executable(bin.resolve("wc"), "#!/bin/sh\necho 'wc: Permission denied' >&2\n"
        + "exit 1\n");
    List<String> command = new ArrayList<>(List.of("sh", launcher().toString(), "analyze",
        small.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("JAVA", java.toString());
    pb.environment().put("PATH", bin + ":" + pb.environment().get("PATH"));
    String out = ShellScripts.run(pb);
    assertFalse(out.contains("arithmetic") || out.contains("syntax error")
        || out.contains("Permission denied"), out);
    assertTrue(out.contains("-jar"), out);
  }

  /** Everything the stub passed to java, one argument per element. */
  private List<String> jvmOptions(String userOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("sh", launcher().toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(small.toFile()));
    pb.environment().put("JAVA", java.toString());
    pb.environment().put("LEADSURVEY_JAVA_OPTS", userOptions);
    return ShellScripts.run(pb).lines().toList();
  }

  private static Path launcher() {
    return Path.of("src/main/sh/launcher.sh").toAbsolutePath();
  }

  private Path sparse(String name, long bytes) throws IOException {
    Path p = dir.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(bytes);
    }
    return p;
  }
}
