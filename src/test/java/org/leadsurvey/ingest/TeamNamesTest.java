package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamNamesTest {
  @Test
  void numbersNamesInOrderOfFirstAppearanceWithOneStringEach() {
    TeamNames names = new TeamNames();
    Map<String, Integer> expected = new LinkedHashMap<>();
    // Enough names to grow every array several times; similar names, and names inside a
    // larger buffer at an offset, as the parser hands them over.
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 5000; i++) {
        String name = (i % 7 == 0 ? "Équipe " : "T") + String.format("%05d", i * 37 % 5000);
        char[] buf = ("xx," + name + ",yy").toCharArray();
        int id = names.id(buf, 3, name.length());
        Integer before = expected.putIfAbsent(name, expected.size());
        assertEquals(before == null ? expected.size() - 1 : before, id, name);
        assertEquals(name, names.name(id));
      }
    }
    assertEquals(expected.size(), id(names, "a brand new team"));
    int id = id(names, "T00037");
    assertSame(names.name(id), names.name(names.id("T00037".toCharArray(), 0, 6)));
  }

  @Test
  void aBatchGetsTheIdsOneByOneWouldGive() {
    TeamNames batched = new TeamNames();
    TeamNames single = new TeamNames();
    StringBuilder text = new StringBuilder();
    int n = 300;
    int[] start = new int[n];
    int[] length = new int[n];
    for (int i = 0; i < n; i++) {
      // Short names (packed into a key), long ones, short ones beyond U+00FF (not packed), and
      // names of 7 and 8 characters, either side of the packed limit.
      int x = i * 7919 % 97;
      String name = switch (i % 5) {
        case 0 -> "team " + x;
        case 1 -> "a longer team name " + x;
        case 2 -> "Ω" + x;
        case 3 -> String.format("T%06d", x);
        default -> String.format("T%07d", x);
      };
      start[i] = text.length();
      length[i] = i % 10 == 0 ? -1 : name.length(); // -1: a row without a team
      text.append(name);
    }
    char[] buf = text.toString().toCharArray();
    int[] ids = new int[n];
    batched.ids(buf, start, length, n, ids);
    for (int i = 0; i < n; i++) {
      int expected = length[i] < 0 ? -1 : single.id(buf, start[i], length[i]);
      assertEquals(expected, ids[i], "row " + i);
    }
  }

  @Test
  void shortNamesHaveKeysOfTheirOwn() {
    assertEquals(0, TeamNames.pack("T1234567".toCharArray(), 0, 8)); // too long
    assertEquals(0, TeamNames.pack("Ω1".toCharArray(), 0, 2)); // beyond U+00FF
    Set<Long> keys = new HashSet<>();
    for (String name : List.of("A", "A\0", "\0A", "AA", "é", "T000001", "T00001", "\u00ff")) {
      long key = TeamNames.pack(name.toCharArray(), 0, name.length());
      assertNotEquals(0, key, name);
      assertTrue(keys.add(key), name);
    }
  }

  private static int id(TeamNames names, String name) {
    return names.id(name.toCharArray(), 0, name.length());
  }
}
