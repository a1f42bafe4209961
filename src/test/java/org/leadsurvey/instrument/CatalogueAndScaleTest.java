package org.leadsurvey.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue and the response scale; the file format itself is InstrumentLoaderTest's. */
class CatalogueAndScaleTest {

  private static Instrument read(String yaml) throws InstrumentException {
    return InstrumentLoader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        "test.yaml");
  }

  @Test
  void builtInPsychSafetyIsEdmondsons1999Scale() throws InstrumentException {
    Instrument ps = InstrumentCatalogue.builtIn("psych-safety");
    assertEquals(List.of("PS1", "PS2", "PS3", "PS4", "PS5", "PS6", "PS7"), ps.itemIds());
    assertEquals(List.of("PS1", "PS3", "PS5"), ps.scales().get(0).reverseKeyed());
    assertEquals(new ResponseScale(1, 7, ps.scale().labels()), ps.scale());
    assertEquals("Very inaccurate", ps.scale().labels().get(0));
    assertEquals("Very accurate", ps.scale().labels().get(6));
    assertTrue(ps.citation().contains("Edmondson") && ps.citation().contains("1999"));
    assertTrue(ps.validated());
  }

  @Test
  void everyCatalogueEntryLoads() throws InstrumentException {
    for (String id : InstrumentCatalogue.ids()) {
      assertEquals(id, InstrumentCatalogue.builtIn(id).id());
    }
  }

  @Test
  void subscalesBecomeScales() throws InstrumentException {
    Instrument i = read("""
        id: two
        scale: {min: 1, max: 5}
        items: [{id: A}, {id: B, reverse: true}, {id: C}, {id: D}]
        subscales:
          - {id: first, items: [A, B]}
          - {id: second, name: Second, items: [C, D]}
        """);
    assertEquals(2, i.scales().size());
    assertEquals(List.of("A", "B"), i.scales().get(0).itemIds());
    assertEquals(List.of("B"), i.scales().get(0).reverseKeyed());
    assertEquals("Second", i.scales().get(1).name());
  }

  @Test
  void scaleParsesRanges() {
    assertEquals(ResponseScale.of(1, 5), ResponseScale.parse("1..5"));
    assertEquals(ResponseScale.of(0, 10), ResponseScale.parse(" 0-10 "));
    assertThrows(IllegalArgumentException.class, () -> ResponseScale.parse("5..1"));
    assertThrows(IllegalArgumentException.class, () -> ResponseScale.parse("one..five"));
  }

  @Test
  void reverseKeyingKeepsTheRangeAndLabelsMatchLoosely() throws InstrumentException {
    ResponseScale s = InstrumentCatalogue.builtIn("psych-safety").scale();
    assertEquals(7, s.key(1, true));
    assertEquals(1, s.key(1, false));
    assertEquals(6, s.valueOfLabel("  ACCURATE "));
    assertEquals(4, s.valueOfLabel("neither  accurate nor inaccurate"));
    assertTrue(Double.isNaN(s.valueOfLabel("agree")));
    assertTrue(s.isFavourable(6) && !s.isFavourable(5));
  }
}
