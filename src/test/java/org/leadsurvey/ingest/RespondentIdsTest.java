package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fingerprint set behind the one-row-per-respondent rule. */
class RespondentIdsTest {
  private static long print(String id) {
    return RespondentIds.fingerprint(id.toCharArray(), 0, id.length());
  }

  private static long print(String group, String id) {
    return RespondentIds.fingerprint(group, id.toCharArray(), 0, id.length());
  }

  @Test
  void aRepeatGetsTheFirstLineEveryTime() {
    RespondentIds ids = new RespondentIds();
    assertEquals(RespondentIds.NEW, ids.firstLine(print("R017"), 12));
    assertEquals(RespondentIds.NEW, ids.firstLine(print("R018"), 13));
    assertEquals(12, ids.firstLine(print("R017"), 40));
    assertEquals(12, ids.firstLine(print("R017"), 41), "the first line, not the last repeat");
    assertEquals(13, ids.firstLine(print("R018"), 42));
    assertEquals(2, ids.size());
  }

  @Test
  void aMillionDistinctIdsHaveNoFalseRepeatsAndKeepTheirLines() {
    RespondentIds ids = new RespondentIds();
    int n = 1_000_000;
    char[] id = new char[8];
    for (int i = 0; i < n; i++) { // R0000001 ... R1000000, as simulate writes them
      sequential(i + 1, id);
      assertEquals(RespondentIds.NEW, ids.firstLine(RespondentIds.fingerprint(id, 0, 8), i + 2),
          () -> "false repeat: " + new String(id));
    }
    assertEquals(n, ids.size());
    assertTrue(ids.capacity() >= n / 0.8 && ids.capacity() <= 2 * n / 0.8, "doubles at 0.8");
    for (int i = 0; i < n; i += 997) { // every one still found, with its own line
      sequential(i + 1, id);
      assertEquals(i + 2, ids.firstLine(RespondentIds.fingerprint(id, 0, 8), 5_000_000));
    }
    assertEquals(n, ids.size());
  }

  private static void sequential(int v, char[] id) {
    id[0] = 'R';
    for (int p = 7; p >= 1; p--, v /= 10) {
      id[p] = (char) ('0' + v % 10);
    }
  }

  @Test
  void aMillionRandomLookingIdsHaveNoFalseRepeats() {
    // Qualtrics-style ids: R_ and 15 letters or digits, drawn without repeats (checked exactly).
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    SplittableRandom random = new SplittableRandom(7);
    java.util.Set<String> drawn = new java.util.HashSet<>();
    RespondentIds ids = new RespondentIds();
    char[] id = new char[17];
    id[0] = 'R';
    id[1] = '_';
    while (drawn.size() < 1_000_000) {
      for (int p = 2; p < id.length; p++) {
        id[p] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      if (drawn.add(new String(id))) {
        assertEquals(RespondentIds.NEW, ids.firstLine(RespondentIds.fingerprint(id, 0, 17), 2));
      }
    }
    assertEquals(1_000_000, ids.size());
  }

  @Test
  void everyShortIdIsDistinct() {
    // All ids of one to three characters from 62 letters and digits: 242,234 ids.
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    RespondentIds ids = new RespondentIds();
    int n = 0;
    for (int a = -1; a < 62; a++) {
      for (int b = -1; b < 62; b++) {
        for (int c = 0; c < 62; c++) {
          if (a >= 0 && b < 0) {
            continue; // "x" + "" + "z" is the two-character id counted with b
          }
          StringBuilder s = new StringBuilder();
          if (a >= 0) {
            s.append(alphabet.charAt(a));
          }
          if (b >= 0) {
            s.append(alphabet.charAt(b));
          }
          s.append(alphabet.charAt(c));
          assertEquals(RespondentIds.NEW, ids.firstLine(print(s.toString()), ++n), s::toString);
        }
      }
    }
    assertEquals(62 + 62 * 62 + 62 * 62 * 62, ids.size());
  }

  @Test
  void linesSurviveEveryDoubling() {
    RespondentIds ids = new RespondentIds(16);
    for (int i = 0; i < 10_000; i++) {
      ids.firstLine(print("id" + i), 100 + i);
    }
    assertTrue(ids.capacity() > 10_000);
    for (int i = 0; i < 10_000; i++) {
      assertEquals(100 + i, ids.firstLine(print("id" + i), 1));
    }
  }

  @Test
  void anExpectedTableIsMadeOnceWithWhatCameBefore() {
    RespondentIds ids = new RespondentIds(16);
    List<String> repeats = new ArrayList<>();
    RespondentIds.Repeat out = (row, line, first, id, off, len) ->
        repeats.add(new String(id, off, len) + "@" + line + "<" + first);
    for (int i = 0; i < 100; i++) {
      hold(ids, "id" + i, 10 + i, i);
    }
    ids.check(out);
    ids.expect(100_000);
    int made = ids.capacity();
    assertTrue(made >= 100_000 / RespondentIds.LOAD && made <= 100_000 / RespondentIds.LOAD + 2,
        "for the load it is made for: " + made);
    for (int i = 0; i < 114_000; i++) { // a seventh more than expected: no doubling yet
      hold(ids, "id" + i, 1000 + i, i % 256);
      if (i % 256 == 255) {
        ids.check(out);
      }
    }
    ids.check(out);
    assertEquals(made, ids.capacity());
    assertEquals(114_000, ids.size());
    assertEquals(100, repeats.size());
    assertEquals("id0@1000<10", repeats.get(0), "lines of ids held before it was made");
    assertEquals("id99@1099<109", repeats.get(99));
    ids.expect(50_000);
    assertEquals(made, ids.capacity(), "never smaller");
    for (int i = 0; i < 10_000; i++) {
      ids.firstLine(print("more" + i), 1);
    }
    assertTrue(ids.capacity() > made, "past 0.8 it doubles");
    assertEquals(10, ids.firstLine(print("id0"), 1));
  }

  @Test
  void anExpectationBelowTheTableInUseMakesNothing() {
    RespondentIds ids = new RespondentIds(16);
    for (int i = 0; i < 5000; i++) {
      ids.firstLine(print("id" + i), i);
    }
    int before = ids.capacity();
    ids.expect(3000); // smaller than the table in use: nothing is made
    assertEquals(before, ids.capacity());
    assertEquals(4999, ids.firstLine(print("id4999"), 1));
  }

  @Test
  void aZeroFingerprintIsStillAnId() {
    RespondentIds ids = new RespondentIds(16);
    assertEquals(RespondentIds.NEW, ids.firstLine(0, 5));
    assertEquals(RespondentIds.NEW, ids.firstLine(1, 6));
    assertEquals(5, ids.firstLine(0, 9));
    assertEquals(6, ids.firstLine(1, 9));
  }

  @Test
  void linesBeyondIntRange() {
    RespondentIds ids = new RespondentIds();
    ids.firstLine(print("a"), 3_000_000_000L);
    assertEquals(3_000_000_000L, ids.firstLine(print("a"), 3_000_000_001L));
  }

  @Test
  void groupsKeepIdsApart() {
    assertNotEquals(print("1", "R017"), print("2", "R017"));
    assertNotEquals(print("a", "bc"), print("ab", "c"), "the group's length separates it");
    assertNotEquals(print("", "R017"), print("R017"));
    assertEquals(print("2024", "R017"), print("2024", "R017"));
    RespondentIds ids = new RespondentIds();
    assertEquals(RespondentIds.NEW, ids.firstLine(print("1", "R017"), 2));
    assertEquals(RespondentIds.NEW, ids.firstLine(print("2", "R017"), 3));
    assertEquals(2, ids.firstLine(print("1", "R017"), 4));
  }

  @Test
  void heldIdsAreCheckedInOrderAlsoWithinOneWindow() {
    RespondentIds ids = new RespondentIds(16);
    List<String> repeats = new ArrayList<>();
    RespondentIds.Repeat out = (row, line, first, id, off, len) ->
        repeats.add(row + ":" + new String(id, off, len) + "@" + line + "<" + first);
    hold(ids, "R1", 2, 0);
    hold(ids, "R2", 3, 1);
    hold(ids, "R1", 4, 2); // repeats a row of the same window
    assertEquals(3, ids.held());
    ids.check(out);
    assertEquals(0, ids.held());
    assertEquals(List.of("2:R1@4<2"), repeats);
    for (int i = 0; i < 1000; i++) { // more than one window's arrays hold
      hold(ids, "x" + i, 10 + i, i);
    }
    hold(ids, "R2", 2000, 1000);
    ids.check(out);
    assertEquals(List.of("2:R1@4<2", "1000:R2@2000<3"), repeats);
    assertEquals(1002, ids.size());
  }

  private static void hold(RespondentIds ids, String id, long line, int row) {
    ids.hold(print(id), line, row, id.toCharArray(), 0, id.length());
  }

  @Test
  void quotedIdsAreShortAndHarmless() {
    assertEquals("\"R017\"", RespondentIds.quote("R017"));
    String longId = "x".repeat(45);
    assertEquals("\"" + "x".repeat(40) + "...\"", RespondentIds.quote(longId));
    assertEquals("\"" + "y".repeat(40) + "\"", RespondentIds.quote("y".repeat(40)));
    String nasty = "R1\u001b[31m\r\n\t\u0000\u202e\u2028\"\\";
    String q = RespondentIds.quote(nasty);
    assertEquals("\"R1\\u001b[31m\\u000d\\u000a\\u0009\\u0000\\u202e\\u2028\\\"\\\\\"", q);
    for (char c : q.toCharArray()) {
      assertFalse(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT, q);
    }
    // A character outside the BMP counts once and is never cut in two.
    String emoji = "a".repeat(39) + "\uD83D\uDE00" + "b";
    assertEquals("\"" + "a".repeat(39) + "\uD83D\uDE00...\"", RespondentIds.quote(emoji));
    assertEquals("\"\\ud83d\"", RespondentIds.quote("\uD83D"), "a lone surrogate");
  }
}
