package org.leadsurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Terminal columns per the Unicode EastAsianWidth table and grapheme clusters (UAX #29). */
class DisplayWidthTest {
  @Test
  void asciiIsOneColumnPerCharacter() {
    assertEquals(0, DisplayWidth.of(""));
    assertEquals(6, DisplayWidth.of("Design"));
  }

  @Test
  void wideAndFullwidthCharactersTakeTwoColumns() {
    assertEquals(6, DisplayWidth.of("设计部"));
    assertEquals(10, DisplayWidth.of("開発チーム"));
    assertEquals(4, DisplayWidth.of("한국")); // precomposed Hangul syllables
    assertEquals(4, DisplayWidth.of("ＡＢ")); // fullwidth Latin
    assertEquals(3, DisplayWidth.of("ｶﾀｶ")); // halfwidth katakana stays one column
  }

  @Test
  void emojiTakeTwoColumnsAndAClusterCountsOnce() {
    assertEquals(9, DisplayWidth.of("🚀 Rocket"));
    assertEquals(2, DisplayWidth.of("👍🏽")); // skin tone modifier
    assertEquals(2, DisplayWidth.of("👩‍💻")); // ZWJ sequence
    assertEquals(2, DisplayWidth.of("👨‍👩‍👧‍👦"));
    assertEquals(2, DisplayWidth.of("🇫🇷")); // flag: two regional indicators
    assertEquals(4, DisplayWidth.of("🇫🇷🇩🇪"));
    assertEquals(2, DisplayWidth.of("🏴󠁧󠁢󠁳󠁣󠁴󠁿")); // tag sequence flag
    assertEquals(2, DisplayWidth.of("❤️")); // text symbol with emoji presentation
    assertEquals(1, DisplayWidth.of("❤")); // the same symbol alone is narrow
    assertEquals(2, DisplayWidth.of("1️⃣")); // keycap
  }

  @Test
  void combiningMarksAndJoinersTakeNoColumn() {
    assertEquals(6, DisplayWidth.of("E\u0301quipe")); // decomposed É
    assertEquals(6, DisplayWidth.of("Équipe"));
    assertEquals(2, DisplayWidth.of("a\u200Db"));
    assertEquals(2, DisplayWidth.of("\u1100\u1161\u11A8")); // conjoining jamo: one syllable
    assertEquals(4, DisplayWidth.of("नमस्ते") ); // Devanagari: marks join their consonants
  }

  @Test
  void clustersAreNeverSplit() {
    String s = "a👨‍👩‍👧e\u0301🇫🇷";
    List<Integer> ends = List.of(1, 1 + "👨‍👩‍👧".length(), 1 + "👨‍👩‍👧".length() + 2, s.length());
    int i = 0;
    for (int end : ends) {
      i = DisplayWidth.clusterEnd(s, i);
      assertEquals(end, i);
    }
  }

  @Test
  void cutKeepsWholeClustersWithinTheColumns() {
    assertEquals("设计…", DisplayWidth.cut("设计部门", 6, false)); // 4 + 1 fits, 6 + 1 does not
    assertEquals("设计部门", DisplayWidth.cut("设计部门", 8, false));
    assertEquals("ab…", DisplayWidth.cut("ab👩‍💻cd", 4, false));
    assertEquals("ab👩‍💻…", DisplayWidth.cut("ab👩‍💻cd", 5, false));
    assertEquals("ab👩‍💻cd", DisplayWidth.cut("ab👩‍💻cd", 6, false));
    assertEquals("Ae\u0301…", DisplayWidth.cut("Ae\u0301e\u0301e\u0301", 3, false));
    // The start of a longer text: its last cluster may be incomplete, so it goes.
    assertEquals("ab…", DisplayWidth.cut("ab🇫", 10, true));
  }

  @Test
  void tableCellsAreCutToOneHundredColumnsAtACluster() {
    String cell = SafeText.cell("设".repeat(80));
    assertEquals("设".repeat(49) + "…", cell); // 98 columns: a 50th would make 101
    assertTrue(DisplayWidth.of(cell) <= SafeText.CELL);
    String flags = SafeText.cell("🇫🇷".repeat(60));
    assertEquals("🇫🇷".repeat(49) + "…", flags);
    // A very long run of marks (cut before reading it all) never ends in half a cluster.
    String marks = SafeText.cell("a" + "\u0301".repeat(1000) + "b");
    assertEquals("…", marks);
  }
}
