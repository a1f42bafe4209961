package org.leadsurvey.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a whole command in-process, as a user would type it, capturing its output. */
final class Cli {
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  private Cli() {}

  static Result run(String... args) {
    return run("", Map.of(), false, args);
  }

  static Result withStdin(String stdin, String... args) {
    return run(stdin, Map.of(), false, args);
  }

  static Result run(String stdin, Map<String, String> env, boolean interactive, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), env, interactive, args);
  }

  /** With these bytes piped in (a workbook, say). */
  static Result withStdin(byte[] stdin, String... args) {
    return run(stdin, Map.of(), false, args);
  }

  static Result run(byte[] stdin, Map<String, String> env, boolean interactive, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Context ctx = new Context(new ByteArrayInputStream(stdin),
        new PrintWriter(out), new PrintWriter(err), env, interactive);
    int code = Main.run(args, ctx);
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * Writes {@code content} to {@code file} and runs {@code command file before... after...}:
   * the bad-input suites' way of running a command on a file they make.
   */
  static Result onFile(Path file, String content, String command, List<String> before,
      String... after) throws IOException {
    Files.writeString(file, content);
    List<String> args = new ArrayList<>();
    args.add(command);
    args.add(file.toString());
    args.addAll(before);
    args.addAll(List.of(after));
    return run(args.toArray(String[]::new));
  }

  /** A test resource as a file path (test resources are plain files under target/). */
  static String resource(String name) {
    try {
      return Path.of(Cli.class.getResource("/" + name).toURI()).toString();
    } catch (Exception e) {
      throw new IllegalStateException("missing test resource " + name, e);
    }
  }

  /**
   * The contract for bad input: exit code 2, nothing on stdout, and exactly one line on stderr
   * containing each expected text, with no exception name or stack trace in it.
   */
  static void assertOneLineError(Result r, String... expected) {
    org.junit.jupiter.api.Assertions.assertEquals(2, r.code(), r::toString);
    org.junit.jupiter.api.Assertions.assertEquals("", r.out());
    String err = r.err().strip();
    org.junit.jupiter.api.Assertions.assertEquals(1, err.lines().count(), "one line: " + err);
    org.junit.jupiter.api.Assertions.assertFalse(err.contains("Exception"), err);
    org.junit.jupiter.api.Assertions.assertFalse(err.contains("\tat "), err);
    for (String e : expected) {
      org.junit.jupiter.api.Assertions.assertTrue(err.contains(e), "'" + e + "' in: " + err);
    }
  }
}
