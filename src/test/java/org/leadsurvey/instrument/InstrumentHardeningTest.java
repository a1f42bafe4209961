package org.leadsurvey.instrument;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile or broken instrument files fail fast, with a message for a person (issue 17). */
class InstrumentHardeningTest {
  static String message(byte[] yaml) {
    InstrumentException e = assertThrows(InstrumentException.class,
        () -> InstrumentLoader.read(new ByteArrayInputStream(yaml), "f.yaml"));
    return e.getMessage();
  }

  static String message(String yaml) {
    return message(yaml.getBytes(StandardCharsets.UTF_8));
  }

  /** Nothing of Java shows: no exception or event names, no line 0, one line. */
  static void forAPerson(String m) {
    assertFalse(m.matches("(?s).*(Exception|Event\\(|java\\.|jackson|snakeyaml).*"), m);
    assertFalse(m.contains(":0:"), m);
    assertFalse(m.contains("\n"), m);
    assertTrue(m.startsWith("f.yaml"), m);
  }

  @Test
  void aHugeFileIsRefusedBeforeParsing() {
    long start = System.nanoTime();
    String m = message("id: x\nname: " + "a".repeat(4 << 20) + "\n");
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 2000, ms + " ms");
    assertTrue(m.contains("at most"), m);
    forAPerson(m);
  }

  @Test
  void aliasesAreRefusedDefinedOrNot() {
    String defined = InstrumentLoaderTest.GOOD.replace("name: Pulse", "name: &n Pulse")
        .replace("text: First.", "text: *n");
    String m = message(defined);
    assertTrue(m.contains("alias"), m);
    forAPerson(m);
    String undefined = InstrumentLoaderTest.GOOD.replace("text: First.", "text: *nowhere");
    String u = message(undefined);
    assertTrue(u.contains("alias"), u);
    forAPerson(u);
  }

  @Test
  void labelsThatDifferOnlyInCaseAreRefused() {
    String m = message(InstrumentLoaderTest.GOOD.replace("Neutral, Agree", "Neutral, agree ")
        .replace("Strongly agree]", "Agree]"));
    assertTrue(m.contains("label"), m);
    forAPerson(m);
  }

  @Test
  void invalidUtf8IsSaidPlainly() {
    byte[] bad = "id: x\nname: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
    String m = message(bad);
    assertTrue(m.contains("UTF-8"), m);
    forAPerson(m);
  }

  @ParameterizedTest
  @ValueSource(strings = {"items: [a, b\n", "- [\n", "a: b\n- c\n", "{a: [}", "id: x\n\tname: y\n",
      "!!java.lang.Object {}\n", "a: !!binary ZZZ\n", "? [a]\n: b\n", "id: [x]\n", "%YAML 9.9\n---\na: b\n",
      "items:\n  - [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]\n", "\u0000\u0001", "'", "\"\\u12\""})
  void brokenYamlIsSaidForAPerson(String yaml) {
    forAPerson(message(yaml));
  }
}
