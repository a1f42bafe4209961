package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless chromium as a subprocess: the page's DOM after loading, its console
 * messages (chromium logs them to stderr as {@code INFO:CONSOLE(..)] "message"}), and
 * screenshots. Missing chromium fails the test: the report must be checked in a real browser.
 */
final class Chromium {
  record Page(String dom, List<String> console) {}

  private final Path binary;
  private final Path profile;

  private Chromium(Path binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  /** Finds chromium on the PATH, or fails the test saying how to install it. */
  static Chromium find(Path tmp) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return new Chromium(p, tmp.resolve("chromium-profile"));
        }
      }
    }
    return fail("chromium is not installed (not on PATH): the HTML report is tested in a real"
        + " browser. Install Debian's chromium: apt-get install -y chromium (.ci/run does).");
  }

  /** Loads the page and returns its DOM as serialised after parsing, with console messages. */
  Page load(Path html) throws IOException, InterruptedException {
    Result r = run("--dump-dom", html.toUri().toString());
    return new Page(r.stdout, consoleLines(r.stderr));
  }

  /** Saves a PNG of the top {@code width x height} pixels of the page. */
  void screenshot(Path html, Path png, int width, int height)
      throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    run("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
        "--hide-scrollbars", html.toUri().toString());
    if (!Files.exists(png)) {
      fail("chromium wrote no screenshot " + png);
    }
  }

  /** Console messages, uncaught errors and blocked loads that chromium logged. */
  static List<String> consoleLines(String stderr) {
    List<String> out = new ArrayList<>();
    for (String line : stderr.split("\n")) {
      if (line.contains(":CONSOLE") || line.contains("Uncaught") || line.contains("Refused to")
          || line.contains("net::ERR_")) {
        out.add(line);
      }
    }
    return out;
  }

  private record Result(String stdout, String stderr) {}

  private Result run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--no-default-browser-check",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s: " + String.join(" ", cmd));
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      fail("chromium exited with " + p.exitValue() + ": " + String.join(" ", cmd) + "\n" + stderr);
    }
    return new Result(Files.readString(out, StandardCharsets.UTF_8), stderr);
  }
}
