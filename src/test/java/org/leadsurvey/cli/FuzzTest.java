package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer of the readers (analyze and both network scopes on mutated CSV files,
 * read from a file or standard input) and the instrument loader (instruments check on mutated
 * YAML files), issue 17. Every outcome must be a success or exactly one line of error with exit
 * 2: an exit 70, a stack trace, an exception out of Main.run, more lines, or a run of more than
 * {@link #TIMEOUT_S} seconds fails the test, and the input is kept in target/fuzz-failures/.
 *
 * <p>{@code mvn test} runs a bounded number of inputs (a few seconds). The longer run:
 * {@code bench/fuzz.sh [INPUTS] [SEED]}, or
 * {@code mvn test -Dtest=FuzzTest -Dfuzz.inputs=20000 -Dfuzz.seed=7}.
 */
class FuzzTest {
  static final int CSV_INPUTS = Integer.getInteger("fuzz.inputs", 400);
  static final int YAML_INPUTS = Integer.getInteger("fuzz.yaml.inputs", CSV_INPUTS / 2);
  static final long SEED = Long.getLong("fuzz.seed", 17L);
  static final int TIMEOUT_S = 20;

  private static ExecutorService runner;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    runner = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void stop() {
    runner.shutdownNow();
  }

  /** What became of the inputs: outcome -> count. */
  private final Map<String, Integer> outcomes = new LinkedHashMap<>();

  @Test
  void responseReaderSurvivesMutatedCsv() throws Exception {
    List<byte[]> seeds = new ArrayList<>();
    for (String f : List.of("examples/team-survey.csv", "examples/peer-ratings.csv",
        "examples/peer-behaviours.csv", "examples/advice-nominations.csv")) {
      seeds.add(head(Files.readAllBytes(Path.of(f)), 40));
    }
    try (Stream<Path> dialects = Files.list(Path.of("src/test/resources/dialects"))) {
      for (Path p : dialects.filter(p -> p.toString().endsWith(".csv") || p.toString()
          .endsWith(".txt")).sorted().toList()) {
        seeds.add(head(Files.readAllBytes(p), 40));
      }
    }
    Random random = new Random(SEED);
    List<List<String>> options = List.of(List.of(), List.of("-f", "csv"), List.of("-f", "json"),
        List.of("--screen"), List.of("--min-group", "3", "-f", "md"), List.of("--wave", "team"),
        List.of("--items", "PS1,PS2,PS3", "--scale", "1..7"), List.of("--dialect", "qualtrics"));
    for (int i = 0; i < CSV_INPUTS; i++) {
      byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
      Path file = tmp.resolve("in.csv");
      Files.write(file, input);
      boolean stdin = random.nextInt(4) == 0;
      List<String> args = new ArrayList<>();
      int command = random.nextInt(10);
      if (command < 2) {
        args.addAll(List.of("network", stdin ? "-" : file.toString()));
      } else if (command == 2) {
        args.addAll(List.of("network", stdin ? "-" : file.toString(), "--scope", "organisation",
            "--roster", "examples/advice-roster.csv", "--show-people"));
      } else {
        args.addAll(List.of("analyze", stdin ? "-" : file.toString()));
        args.addAll(options.get(random.nextInt(options.size())));
      }
      check(input, args, stdin ? input : new byte[0], "csv");
    }
    report("csv", CSV_INPUTS);
  }

  @Test
  void instrumentLoaderSurvivesMutatedYaml() throws Exception {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> surveys = Files.list(Path.of("surveys"))) {
      for (Path p : surveys.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        seeds.add(Files.readAllBytes(p));
      }
    }
    Random random = new Random(SEED + 1);
    for (int i = 0; i < YAML_INPUTS; i++) {
      byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
      Path file = tmp.resolve("in.yaml");
      Files.write(file, input);
      List<String> args = random.nextBoolean()
          ? List.of("instruments", "check", file.toString())
          : List.of("generate", file.toString(), "-f", random.nextBoolean() ? "md" : "qsf");
      check(input, args, new byte[0], "yaml");
    }
    report("yaml", YAML_INPUTS);
  }

  private void check(byte[] input, List<String> args, byte[] stdin, String kind)
      throws IOException, InterruptedException {
    Future<Cli.Result> run = runner.submit(() -> Cli.run(stdin, Map.of(), false,
        args.toArray(String[]::new)));
    String failure;
    Cli.Result r = null;
    try {
      r = run.get(TIMEOUT_S, TimeUnit.SECONDS);
      failure = failure(r);
    } catch (TimeoutException e) {
      run.cancel(true);
      failure = "no answer within " + TIMEOUT_S + " s";
    } catch (ExecutionException e) {
      failure = "exception out of Main.run: " + e.getCause();
    }
    if (failure != null) {
      Path kept = Path.of("target/fuzz-failures");
      Files.createDirectories(kept);
      Path f = Files.write(kept.resolve(kind + "-" + System.nanoTime() + "." + kind), input);
      throw new AssertionError(failure + "\nargs: " + args + "\ninput kept in " + f
          + (r == null ? "" : "\n" + r));
    }
    outcomes.merge(r.code() == 0 ? "success" : "one-line error (exit 2)", 1, Integer::sum);
  }

  /** Why the result is not a success or a one-line error with exit 2, or null. */
  private static String failure(Cli.Result r) {
    if (r.code() == 0) {
      return null;
    }
    if (r.code() != 2) {
      return "exit " + r.code();
    }
    String err = r.err().strip();
    if (err.lines().count() != 1 && !(err.lines().count() == 2 && err.contains("--help"))) {
      return "not one line of error";
    }
    if (err.contains("Exception") || err.contains("\tat ") || err.contains("internal error")) {
      return "a Java exception in the message";
    }
    return r.out().isEmpty() ? null : "output besides the error";
  }

  private void report(String kind, int inputs) {
    int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("fuzz " + kind + ": " + inputs + " inputs (seed " + SEED + "): "
        + outcomes + ", 0 failures");
    assertEquals(inputs, total);
  }

  private static byte[] head(byte[] b, int lines) {
    int n = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n' && ++n == lines) {
        return java.util.Arrays.copyOf(b, i + 1);
      }
    }
    return b;
  }

  private static final byte[][] TOKENS = {"\"".getBytes(), ",".getBytes(), ";".getBytes(),
      "\t".getBytes(), "\n".getBytes(), "\r".getBytes(), "\r\n".getBytes(), {0}, {(byte) 0xFF},
      {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE}, "\u202e".getBytes(
      StandardCharsets.UTF_8), "\u001b]0;x\u0007".getBytes(), "=1+1".getBytes(), "3d".getBytes(),
      "-2147483648".getBytes(), "99999999999999999999".getBytes(), "NaN".getBytes(),
      "1e308".getBytes(), ":".getBytes(), "- ".getBytes(), "&a ".getBytes(), "*a".getBytes(),
      "!!binary ".getBytes(), "{".getBytes(), "[".getBytes(), "  ".getBytes(), "#".getBytes(),
      "max: 2147483647".getBytes(), "\u00e9".getBytes(StandardCharsets.UTF_8), "team".getBytes(),
      "PS1".getBytes(), "<script>".getBytes()};

  /** One to four mutations: flips, insertions, deletions, duplications, splices, long runs. */
  static byte[] mutate(byte[] seed, Random random) {
    List<Byte> b = new ArrayList<>(seed.length + 64);
    for (byte x : seed) {
      b.add(x);
    }
    int rounds = 1 + random.nextInt(4);
    for (int k = 0; k < rounds; k++) {
      int at = b.isEmpty() ? 0 : random.nextInt(b.size());
      switch (random.nextInt(8)) {
        case 0 -> {
          if (!b.isEmpty()) {
            b.set(at, (byte) (b.get(at) ^ (1 << random.nextInt(8))));
          }
        }
        case 1, 2 -> {
          byte[] t = TOKENS[random.nextInt(TOKENS.length)];
          for (int i = t.length - 1; i >= 0; i--) {
            b.add(at, t[i]);
          }
        }
        case 3 -> {
          int len = Math.min(b.size() - at, 1 + random.nextInt(64));
          b.subList(at, at + len).clear();
        }
        case 4 -> {
          int len = Math.min(b.size() - at, 1 + random.nextInt(200));
          b.addAll(at, new ArrayList<>(b.subList(at, at + len)));
        }
        case 5 -> b.subList(Math.min(at + 1, b.size()), b.size()).clear();
        case 6 -> {
          byte fill = (byte) "x9,\"\n".charAt(random.nextInt(5));
          int len = 1 + random.nextInt(random.nextInt(10) == 0 ? 200_000 : 2000);
          b.addAll(at, java.util.Collections.nCopies(len, fill));
        }
        default -> {
          if (!b.isEmpty()) {
            b.set(at, (byte) random.nextInt(256));
          }
        }
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }
}
