package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * install.sh, run from a copy beside a fake build (target/leadsurvey and its class list) with
 * a fake java that records its arguments and writes the archive it is asked for; the real
 * archive needs the packaged jar, which the tests run before.
 */
class InstallScriptTest {
  @TempDir
  Path project;
  private Path java;
  private Path calls;

  @BeforeEach
  void fakeBuild() throws IOException {
    Files.copy(Path.of("install.sh").toAbsolutePath(), project.resolve("install.sh"));
    Files.createDirectories(project.resolve("target/cds"));
    ShellScripts.executable(project.resolve("target/leadsurvey"), "#!/bin/sh\necho the tool\n");
    Files.writeString(project.resolve("target/cds/classlist"), "java/lang/Object\n");
    calls = project.resolve("java-calls");
    java = project.resolve("java");
  }

  /** A java that writes the archive named by -XX:SharedArchiveFile=, or fails when told to. */
  private void javaThat(boolean dumps) throws IOException {
    ShellScripts.executable(java, "#!/bin/sh\n"
        + "for a in \"$@\"; do echo \"$a\" >> '" + calls + "'; done\n"
        + (dumps ? "for a in \"$@\"; do case $a in -XX:SharedArchiveFile=*) "
            + "echo archive > \"${a#-XX:SharedArchiveFile=}\" ;; esac; done\n" : "exit 1\n"));
  }

  @Test
  void copiesTheToolAndMakesAnArchiveForItsNewPath() throws Exception {
    javaThat(true);
    Path bin = project.resolve("home/bin");
    String out = install(bin.toString());
    Path tool = bin.resolve("leadsurvey");
    assertEquals("#!/bin/sh\necho the tool\n", Files.readString(tool));
    assertTrue(Files.isExecutable(tool));
    assertTrue(Files.exists(bin.resolve("leadsurvey.jsa")), out);
    List<String> args = Files.readAllLines(calls);
    assertTrue(args.contains("-Xshare:dump"), args.toString());
    assertTrue(args.contains("-XX:SharedClassListFile=target/cds/classlist"), args.toString());
    assertEquals(tool.toString(), args.get(args.indexOf("-cp") + 1), "the installed file");
    assertTrue(out.contains("installed " + tool + " (and leadsurvey.jsa"), out);
    assertTrue(out.contains("is not on your PATH"), out);
    assertFalse(Files.exists(bin.resolve(".leadsurvey.tmp")));
  }

  @Test
  void withoutAnArchiveTheToolIsStillInstalled() throws Exception {
    javaThat(false);
    Path bin = project.resolve("bin");
    Files.createDirectories(bin);
    Files.writeString(bin.resolve("leadsurvey.jsa"), "an archive for an older copy");
    String out = install(bin.toString());
    assertTrue(Files.exists(bin.resolve("leadsurvey")));
    assertFalse(Files.exists(bin.resolve("leadsurvey.jsa")), "a stale archive is removed");
    assertTrue(out.contains("without a class-data-sharing archive"), out);
  }

  private String install(String dir) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sh", project.resolve("install.sh").toString(), dir);
    pb.environment().put("JAVA", java.toString());
    pb.environment().put("PATH", "/usr/bin:/bin");
    return ShellScripts.run(pb);
  }
}
