package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipes read like files: process substitution, /dev/stdin and FIFOs (issue 17). */
class NonSeekableInputTest {
  @TempDir Path tmp;

  private static String abs(String path) {
    return Path.of(path).toAbsolutePath().toString();
  }

  @Test
  void everyCommandReadsPipes() throws Exception {
    String s = abs("examples/team-survey.csv");
    String q1 = abs("examples/waves/2026-q1.csv");
    String q2 = abs("examples/waves/2026-q2.csv");
    String net = abs("examples/peer-ratings.csv");
    String yaml = abs("surveys/psych-safety.yaml");
    String script = String.join("\n",
        "set -o pipefail",
        // 0 done, 1 findings (validate's warnings); never 2 (a bad input) or 70
        "run() { out=$(\"$@\" 2>&1 >/dev/null); c=$?; if [ $c -le 1 ]; then echo \"ok $n\";"
            + " else echo \"FAILED $n ($c): $out\"; fi; }",
        "n=substitution; run L analyze <(cat " + s + ")",
        "n=dev-stdin; cat " + s + " | run L analyze /dev/stdin -f csv",
        "n=screen; run L analyze <(cat " + s + ") --screen",
        "n=fifo; mkfifo f; (cat " + s + " > f &); run L analyze f -f json",
        "n=trend; run L trend <(cat " + q1 + ") <(cat " + q2 + ")",
        "n=waves; run L analyze <(cat " + q1 + ") <(cat " + q2 + ") -f csv",
        "n=network; run L network <(cat " + net + ")",
        "n=climate; run L network " + net + " --climate <(cat " + s + ")",
        "n=validate; run L validate <(cat " + s + ") --screen",
        "n=instrument; run L analyze " + s + " -i <(cat " + yaml + ")",
        "n=generate; run L generate <(cat " + yaml + ")");
    Jvm.Result r = Jvm.sh(tmp, script);
    assertEquals(0, r.code(), r::toString);
    assertTrue(!r.out().contains("FAILED") && r.out().lines().count() == 11, r::toString);
  }

  @Test
  void aClosedStandardInputIsSaidSoWithoutShowingTheJvmsFiles() throws Exception {
    for (String command : new String[] {"analyze -", "network -", "analyze - --screen"}) {
      Jvm.Result r = Jvm.sh(tmp, "L " + command + " <&-");
      assertEquals(2, r.code(), r::toString);
      assertTrue(r.err().contains("standard input is closed"), r::toString);
      assertTrue(r.err().chars().allMatch(c -> c >= 0x20 && c < 0x7f || c == '\n'), r::toString);
    }
  }
}
