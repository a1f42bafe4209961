package org.leadsurvey.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The display order of names: java.text.Collator's, digits by value, ties on the characters. */
class NameOrderTest {
  private static List<String> sorted(NameOrder order, List<String> names) {
    return order.sorted(names, n -> n);
  }

  @Test
  void collationThenNumbersByValue() {
    NameOrder us = NameOrder.of(Locale.US);
    assertEquals(List.of("apple", "Design", "équipe", "Équipe", "Plain", "team-2", "team-10",
        "Zeta"), sorted(us, List.of("Zeta", "team-10", "Plain", "Équipe", "équipe", "team-2",
        "Design", "apple")));
    assertEquals(List.of("2 teams", "10 teams", "a"), sorted(us, List.of("a", "10 teams",
        "2 teams")));
    assertEquals(List.of("T007", "T07", "T7"), sorted(us, List.of("T7", "T007", "T07")),
        "equal numbers: by their characters, so the order is total");
  }

  @Test
  void theRootLocaleOrdersAsEnglish() {
    List<String> names = List.of("Plain", "Équipe", "Design", "Ärger", "Zeta", "öl", "Ost");
    assertEquals(sorted(NameOrder.of(Locale.US), names), sorted(NameOrder.of(Locale.ROOT),
        names));
    assertEquals(List.of("Ärger", "Design", "Équipe", "öl", "Ost", "Plain", "Zeta"),
        sorted(NameOrder.of(Locale.ROOT), names));
  }

  @Test
  void sortingManyNamesAgreesWithTheComparator() {
    Random r = new Random(18);
    String[] parts = {"Équipe", "equipe", "E\u0301quipe", "Design", "设计部", "開発", "🚀 ", "-",
        " ", "Ärger", "Zeta", "a", "B"};
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 1 + r.nextInt(3); k++) {
        b.append(parts[r.nextInt(parts.length)]);
        if (r.nextBoolean()) {
          b.append(r.nextInt(r.nextBoolean() ? 20 : 100_000));
        }
      }
      names.add(b.toString());
    }
    NameOrder order = NameOrder.of(Locale.US);
    List<String> byComparator = new ArrayList<>(names);
    byComparator.sort(order);
    assertEquals(byComparator, sorted(order, names));
    List<String> shuffled = new ArrayList<>(names);
    java.util.Collections.shuffle(shuffled, r);
    assertEquals(byComparator, sorted(order, shuffled), "the input order changes nothing");
  }

  @Test
  void generatedIdsTakeTheNaturalOrder() {
    List<String> ids = List.of("T010", "T002", "T100", "T001");
    assertEquals(List.of("T001", "T002", "T010", "T100"), sorted(NameOrder.of(Locale.US), ids));
  }
}
