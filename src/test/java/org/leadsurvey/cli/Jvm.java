package org.leadsurvey.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code leadsurvey} in a JVM of its own, through {@code sh}, for what an in-process run
 * cannot show: exit codes of {@code main}, signals, pipes, process substitution and file-size
 * limits ({@code ulimit -f}, a full disk as far as the process can tell).
 */
final class Jvm {
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Jvm() {}

  /** {@code java ... Main}, quoted for sh. */
  static String leadsurvey() {
    String java = ProcessHandle.current().info().command().orElse("java");
    return "'" + java + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
        + "' org.leadsurvey.cli.Main";
  }

  /**
   * Runs {@code script} with bash in {@code dir}: {@code L ARGS} runs leadsurvey, and
   * {@code LX ARGS &} runs it in the background with {@code $!} its own process id.
   */
  static Result sh(Path dir, String script) throws IOException, InterruptedException {
    return sh(dir, script, 120);
  }

  static Result sh(Path dir, String script, int seconds) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", "-c", "L() { " + leadsurvey()
        + " \"$@\"; }\nLX() { exec " + leadsurvey() + " \"$@\"; }\n" + script));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    File out = dir.resolve(".jvm-out").toFile();
    File err = dir.resolve(".jvm-err").toFile();
    pb.redirectOutput(out).redirectError(err);
    Process p = pb.start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new AssertionError("timed out: " + script);
    }
    Result r = new Result(p.exitValue(),
        java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
        java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
    java.nio.file.Files.delete(out.toPath());
    java.nio.file.Files.delete(err.toPath());
    return r;
  }
}
