package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tarball {@code mvn package} makes, unpacked where it was not built and run with no Java
 * on the PATH and no JAVA_HOME. Runs in {@code verify}, after {@code package} (surefire's
 * second execution in pom.xml), so a missing tarball is a failure, not a skip.
 */
class DistributionIT {
  private static final String VERSION = new VersionProvider().getVersion()[0]
      .replace("leadsurvey ", "");
  private static final Path TARBALL =
      Path.of("target", "leadsurvey-" + VERSION + "-linux-x64.tar.gz").toAbsolutePath();
  private static final Path EXAMPLE = Path.of("examples/team-survey.csv").toAbsolutePath();

  @TempDir
  static Path unpacked;
  private static Path dist;
  /** A PATH with only the tools the launcher uses: no java. */
  private static Path tools;

  @BeforeAll
  static void unpack() throws Exception {
    assertTrue(Files.isRegularFile(TARBALL), TARBALL + " (made by mvn package)");
    ShellScripts.run(new ProcessBuilder("tar", "-xzf", TARBALL.toString(), "-C",
        unpacked.toString()));
    dist = unpacked.resolve("leadsurvey-" + VERSION);
    tools = Files.createDirectories(unpacked.resolve("tools"));
    for (String tool : List.of("dirname", "readlink", "wc")) {
      Path real = Path.of("/usr/bin", tool);
      Files.createSymbolicLink(tools.resolve(tool),
          Files.exists(real) ? real : Path.of("/bin", tool));
    }
  }

  @Test
  void layout() throws IOException {
    for (String file : List.of("bin/leadsurvey", "lib/leadsurvey", "runtime/bin/java",
        "install.sh")) {
      assertTrue(Files.isExecutable(dist.resolve(file)), file);
    }
    for (String file : List.of("lib/classlist", "LICENSE", "runtime/lib/server/classes.jsa",
        "share/bash-completion/completions/leadsurvey", "share/man/man1/leadsurvey.1")) {
      assertTrue(Files.isRegularFile(dist.resolve(file)), file);
    }
    for (String command : List.of("analyze", "trend", "validate", "network", "instruments",
        "generate", "simulate")) {
      Path page = dist.resolve("share/man/man1/leadsurvey-" + command + ".1");
      assertTrue(Files.readString(page).startsWith(".TH \"LEADSURVEY-"), page.toString());
    }
    assertTrue(Files.readString(dist.resolve("share/bash-completion/completions/leadsurvey"))
        .contains("complete -F"));
  }

  @Test
  void runtimeHasOnlyTheModulesJdepsFound() throws IOException {
    String release = Files.readString(dist.resolve("runtime/release"));
    assertTrue(release.contains("java.base"), release);
    for (String unneeded : List.of("jdk.compiler", "java.compiler", "jdk.jshell", "java.net.http",
        "jdk.jfr", "java.scripting")) {
      assertFalse(release.contains(unneeded), unneeded + " in " + release);
    }
  }

  @Test
  void theJarCarriesNoJansiNativeLibraries() throws IOException {
    try (ZipFile jar = new ZipFile(Path.of("target/leadsurvey.jar").toFile())) {
      assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("org/fusesource")),
          "Jansi was replaced by picocli's escape codes");
    }
  }

  @Test
  void analyzeRunsWithNoJavaOnThePath() throws Exception {
    // -Xshare:on: fail, rather than start slowly, when the runtime's archive is unusable here.
    String out = run(dist.resolve("bin/leadsurvey"), Map.of("LEADSURVEY_JAVA_OPTS", "-Xshare:on"),
        "analyze", EXAMPLE.toString());
    assertEquals(Cli.run("analyze", EXAMPLE.toString()).out(), out,
        "the same report as the in-process run");
  }

  @Test
  void installedCopyRunsWithItsOwnArchive() throws Exception {
    Path prefix = unpacked.resolve("prefix");
    ProcessBuilder install = new ProcessBuilder("sh", dist.resolve("install.sh").toString(),
        prefix.toString());
    install.environment().clear();
    install.environment().put("PATH", "/usr/bin:/bin");
    install.environment().put("HOME", unpacked.toString());
    String said = ShellScripts.run(install);
    assertTrue(said.contains("with its class-data-sharing archive"), said);
    assertTrue(Files.isRegularFile(prefix.resolve("share/man/man1/leadsurvey-analyze.1")));
    assertTrue(Files.isRegularFile(prefix.resolve("share/bash-completion/completions/leadsurvey")));
    String out = run(prefix.resolve("bin/leadsurvey"), Map.of("LEADSURVEY_JAVA_OPTS",
        "-Xshare:on"), "analyze", EXAMPLE.toString(), "-f", "csv");
    assertEquals(Cli.run("analyze", EXAMPLE.toString(), "-f", "csv").out(), out);
  }

  /** Runs the program with an empty environment but for a java-free PATH; exit 0 required. */
  private static String run(Path program, Map<String, String> env, String... args)
      throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(program.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(unpacked.toFile());
    pb.environment().clear();
    pb.environment().put("PATH", tools.toString());
    pb.environment().putAll(env);
    assertFalse(Files.exists(tools.resolve("java")));
    Process p = pb.redirectError(ProcessBuilder.Redirect.PIPE).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), err + out);
    return out;
  }
}
