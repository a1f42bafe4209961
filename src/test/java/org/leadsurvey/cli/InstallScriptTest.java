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
 * install.sh, run from a fake unpacked distribution whose runtime/bin/java records its
 * arguments and writes the archive it is asked for. DistributionIT installs the real tarball.
 */
class InstallScriptTest {
  @TempDir
  Path dist;
  @TempDir
  Path home;
  private Path calls;

  @BeforeEach
  void fakeDistribution() throws IOException {
    Files.copy(Path.of("install.sh").toAbsolutePath(), dist.resolve("install.sh"));
    for (String dir : List.of("bin", "lib", "runtime/bin", "share/man/man1",
        "share/bash-completion/completions")) {
      Files.createDirectories(dist.resolve(dir));
    }
    ShellScripts.executable(dist.resolve("bin/leadsurvey"), "#!/bin/sh\necho the tool\n");
    ShellScripts.executable(dist.resolve("lib/leadsurvey"), "#!/bin/sh\necho the jar\n");
    Files.writeString(dist.resolve("lib/classlist"), "java/lang/Object\n");
    Files.writeString(dist.resolve("LICENSE"), "license\n");
    Files.writeString(dist.resolve("share/man/man1/leadsurvey.1"), ".TH LEADSURVEY 1\n");
    Files.writeString(dist.resolve("share/man/man1/leadsurvey-analyze.1"), ".TH X 1\n");
    Files.writeString(dist.resolve("share/bash-completion/completions/leadsurvey"), "complete\n");
    calls = home.resolve("java-calls");
  }

  /** A java that writes the archive named by -XX:SharedArchiveFile=, or fails when told to. */
  private void javaThat(boolean dumps) throws IOException {
    ShellScripts.executable(dist.resolve("runtime/bin/java"), "#!/bin/sh\n"
        + "for a in \"$@\"; do echo \"$a\" >> '" + calls + "'; done\n"
        + (dumps ? "for a in \"$@\"; do case $a in -XX:SharedArchiveFile=*) "
            + "echo archive > \"${a#-XX:SharedArchiveFile=}\" ;; esac; done\n" : "exit 1\n"));
  }

  @Test
  void installsProgramManPagesAndCompletionWithAnArchiveForTheNewPath() throws Exception {
    javaThat(true);
    Path prefix = home.resolve("prefix");
    String out = install(prefix.toString());
    Path link = prefix.resolve("bin/leadsurvey");
    Path lib = prefix.resolve("lib/leadsurvey");
    assertTrue(Files.isSymbolicLink(link), out);
    assertEquals(lib.resolve("bin/leadsurvey"), Files.readSymbolicLink(link));
    assertTrue(Files.isExecutable(lib.resolve("lib/leadsurvey")));
    assertTrue(Files.exists(lib.resolve("lib/leadsurvey.jsa")), out);
    assertEquals(".TH LEADSURVEY 1\n",
        Files.readString(prefix.resolve("share/man/man1/leadsurvey.1")));
    assertTrue(Files.exists(prefix.resolve("share/man/man1/leadsurvey-analyze.1")));
    assertEquals("complete\n",
        Files.readString(prefix.resolve("share/bash-completion/completions/leadsurvey")));
    List<String> args = Files.readAllLines(calls);
    assertTrue(args.contains("-Xshare:dump"), args.toString());
    assertTrue(args.contains("-XX:SharedClassListFile=" + lib.resolve("lib/classlist")),
        args.toString());
    assertEquals(lib.resolve("lib/leadsurvey").toString(), args.get(args.indexOf("-cp") + 1),
        "the archive is made for the installed jar's path");
    assertTrue(out.contains("installed " + link + " (with its class-data-sharing archive)"), out);
    assertTrue(out.contains("is not on your PATH"), out);
    assertFalse(Files.exists(prefix.resolve("lib/leadsurvey.new")));
    assertFalse(Files.exists(prefix.resolve("lib/leadsurvey.old")));
  }

  @Test
  void withoutAnArchiveTheToolIsStillInstalledAndAnOldCopyIsReplaced() throws Exception {
    javaThat(false);
    Path prefix = home.resolve("prefix");
    Files.createDirectories(prefix.resolve("bin"));
    Files.createDirectories(prefix.resolve("lib/leadsurvey/lib"));
    Files.writeString(prefix.resolve("lib/leadsurvey/lib/stale"), "from an older version");
    Files.writeString(prefix.resolve("bin/leadsurvey"), "the single-file install");
    Files.writeString(prefix.resolve("bin/leadsurvey.jsa"), "its archive");
    String out = install(prefix.toString());
    assertTrue(Files.isSymbolicLink(prefix.resolve("bin/leadsurvey")), out);
    assertFalse(Files.exists(prefix.resolve("bin/leadsurvey.jsa")), "the old archive is removed");
    assertFalse(Files.exists(prefix.resolve("lib/leadsurvey/lib/stale")));
    assertFalse(Files.exists(prefix.resolve("lib/leadsurvey/lib/leadsurvey.jsa")));
    assertTrue(out.contains("without a class-data-sharing archive"), out);
  }

  private String install(String prefix) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("sh", dist.resolve("install.sh").toString(), prefix);
    pb.environment().put("PATH", "/usr/bin:/bin");
    pb.environment().put("HOME", home.toString());
    return ShellScripts.run(pb);
  }
}
