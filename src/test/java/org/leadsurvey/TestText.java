package org.leadsurvey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text helpers shared by tests that inspect rendered output. */
public final class TestText {
  private TestText() {}

  /** Non-overlapping occurrences of {@code needle} in {@code text}. */
  public static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  /** The page's element ids, asserting that none is used twice. */
  public static Set<String> uniqueIds(String page) {
    Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
    Set<String> ids = new TreeSet<>();
    int n = 0;
    while (m.find()) {
      ids.add(m.group(1));
      n++;
    }
    assertEquals(n, ids.size(), "duplicate ids: " + ids);
    return ids;
  }
}
