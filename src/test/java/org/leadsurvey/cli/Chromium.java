package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Debian's headless chromium as a subprocess: the page's DOM after loading, its console
 * messages (chromium logs them to stderr as {@code INFO:CONSOLE(..)] "message"}), and
 * screenshots. Missing chromium skips the test, unless the browser tests are declared mandatory
 * ({@value #ENV}={@value #REQUIRED} in the environment, as {@code .ci/run} sets, or
 * {@code -D}{@value #PROPERTY}{@code =}{@value #REQUIRED}): then it fails it, so CI never skips
 * them silently.
 */
final class Chromium {
  static final String ENV = "LEADSURVEY_BROWSER_TESTS";
  static final String PROPERTY = "leadsurvey.browserTests";
  static final String REQUIRED = "required";

  record Page(String dom, List<String> console) {}

  private static final AtomicBoolean skipReported = new AtomicBoolean();

  private final Path binary;
  private final Path profile;

  private Chromium(Path binary, Path profile) {
    this.binary = binary;
    this.profile = profile;
  }

  /**
   * Finds chromium on the PATH. Without it, skips the test, or fails it when the browser tests
   * are mandatory, saying how to install it either way.
   */
  static Chromium find(Path tmp) {
    boolean required = required();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return new Chromium(p, tmp.resolve("chromium-profile"));
        }
      }
    }
    String missing = "chromium is not installed (not on PATH): the HTML report is tested in a"
        + " real browser. Install Debian's chromium to run these tests: apt-get install -y"
        + " chromium (.ci/run does).";
    if (required) {
      return fail(missing + " Browser tests are required here (" + ENV + "=" + REQUIRED + " or -D"
          + PROPERTY + "=" + REQUIRED + "), so they fail instead of being skipped.");
    }
    String skip = "Skipped: " + missing + " CI requires them (.ci/run sets " + ENV + "="
        + REQUIRED + ", which turns this skip into a failure).";
    if (!skipReported.getAndSet(true)) {
      // surefire's console shows only a count of skipped tests; say why once, where it is seen
      System.err.println("[HtmlReportBrowserTest] " + skip);
    }
    return abort(skip);
  }

  /**
   * Whether the browser tests are mandatory: {@value #REQUIRED} in the environment variable
   * {@value #ENV} or the system property {@value #PROPERTY}. Any other non-empty value fails, so
   * a misspelt flag cannot turn the browser tests back into silent skips.
   */
  private static boolean required() {
    boolean required = false;
    for (String[] flag : new String[][] {{"environment variable " + ENV, System.getenv(ENV)},
        {"system property " + PROPERTY, System.getProperty(PROPERTY)}}) {
      String value = flag[1] == null ? "" : flag[1].strip();
      if (value.equalsIgnoreCase(REQUIRED)) {
        required = true;
      } else if (!value.isEmpty()) {
        fail("the " + flag[0] + " is '" + flag[1] + "'; the only value it takes is '" + REQUIRED
            + "' (browser tests fail without chromium instead of being skipped).");
      }
    }
    return required;
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

  /** A test of one pixel's colour. */
  @FunctionalInterface
  interface Colour {
    boolean test(int r, int g, int b);
  }

  /** How many pixels of a screenshot pass {@code colour}. */
  static long pixels(BufferedImage img, Colour colour) {
    long n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        n += colour.test(p >> 16 & 255, p >> 8 & 255, p & 255) ? 1 : 0;
      }
    }
    return n;
  }

  /** A colour within 8 of {@code rgb} in each channel. */
  static Colour near(int rgb) {
    return (r, g, b) -> Math.abs(r - (rgb >> 16 & 255)) <= 8
        && Math.abs(g - (rgb >> 8 & 255)) <= 8 && Math.abs(b - (rgb & 255)) <= 8;
  }
}
