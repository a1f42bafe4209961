package org.leadsurvey.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in instruments under surveys/: present, well formed, and as published. */
class InstrumentCatalogueTest {
  static List<String> ids() {
    return InstrumentCatalogue.ids();
  }

  @Test
  void shipsTheInstrumentsOfTheIssue() {
    assertEquals(List.of("psych-safety", "team-learning", "leadership-behaviours",
        "shared-leadership", "peer-behaviours", "team-climate"), ids());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyBuiltInLoadsWithCitationLicenceAndLabels(String id) throws InstrumentException {
    Instrument i = InstrumentCatalogue.builtIn(id);
    assertEquals(id, i.id());
    assertFalse(i.citation().isBlank(), id);
    assertFalse(i.licence().isBlank(), id);
    assertFalse(i.instructions().isBlank(), id);
    assertEquals(i.scale().options(), i.scale().labels().size(), id);
    for (Item item : i.items()) {
      assertFalse(item.text().isBlank(), id + " " + item.id());
    }
  }

  @Test
  void teamLearningIsEdmondsonsSevenItemsWithTwoReverseKeyed() throws InstrumentException {
    // Edmondson (1999), Appendix: 7 items, items 2 and 4 reverse scored; 7-point accuracy scale.
    Instrument i = InstrumentCatalogue.builtIn("team-learning");
    assertTrue(i.validated());
    assertEquals(7, i.items().size());
    assertEquals(List.of("TL2", "TL4"), i.scales().get(0).reverseKeyed());
    assertEquals(1, i.scale().min());
    assertEquals(7, i.scale().max());
  }

  @Test
  void leadershipBehavioursIsAnUnvalidatedFourPartTemplate() throws InstrumentException {
    Instrument i = InstrumentCatalogue.builtIn("leadership-behaviours");
    assertFalse(i.validated());
    assertTrue(i.name().contains("unvalidated"), i.name());
    assertEquals(List.of("Thinking", "Developing", "Inspiring", "Delivering"),
        i.scales().stream().map(Scale::name).toList());
    for (Scale s : i.scales()) {
      assertTrue(s.items().size() >= 3 && s.items().size() <= 4, s.id());
    }
    assertTrue(i.items().stream().anyMatch(Item::reverse));
  }

  @Test
  void sharedLeadershipIsAPeerRating() throws InstrumentException {
    // Carson, Tesluk & Marrone (2007): one item, 1 = not at all .. 5 = to a very great extent.
    Instrument i = InstrumentCatalogue.builtIn("shared-leadership");
    assertEquals(Kind.PEER_RATING, i.kind());
    assertEquals(1, i.items().size());
    assertEquals("Not at all", i.scale().labels().get(0));
    assertEquals("To a very great extent", i.scale().labels().get(4));
  }

  @Test
  void teamClimateReusesThePublishedScalesWordForWord() throws InstrumentException {
    Instrument climate = InstrumentCatalogue.builtIn("team-climate");
    assertEquals(List.of("psych-safety", "team-learning", "inclusion", "freedom-to-lead",
        "collaboration"), climate.scales().stream().map(Scale::id).toList());
    Map<String, Item> byId = climate.items().stream()
        .collect(Collectors.toMap(Item::id, Function.identity()));
    for (String published : List.of("psych-safety", "team-learning")) {
      for (Item item : InstrumentCatalogue.builtIn(published).items()) {
        Item copy = byId.get(item.id());
        assertEquals(item.text(), copy.text(), item.id());
        assertEquals(item.reverse(), copy.reverse(), item.id());
        assertEquals(published, copy.subscale(), item.id());
      }
    }
  }
}
