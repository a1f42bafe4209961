package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** For the tests of the project's shell scripts (the launcher, install.sh). */
final class ShellScripts {
  private ShellScripts() {}

  /** Writes an executable shell script (a fake java, a fake build's tool) to {@code file}. */
  static Path executable(Path file, String script) throws IOException {
    Files.writeString(file, script);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
    return file;
  }

  /** Runs the command, stderr with stdout, asserting exit 0; returns what it printed. */
  static String run(ProcessBuilder command) throws IOException, InterruptedException {
    Process p = command.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out;
  }
}
