package org.leadsurvey.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Instrument files: what is accepted, and every mistake named by file and line. */
class InstrumentLoaderTest {
  static final String GOOD = """
      id: pulse
      name: Pulse
      scale:
        min: 1
        max: 5
        labels: [Strongly disagree, Disagree, Neutral, Agree, Strongly agree]
      items:
        - id: Q1
          text: First.
        - id: Q2
          text: Second.
          reverse: true
        - id: Q3
          text: Third.
        - id: Q4
          text: Fourth.
      reverse: [Q3]
      subscales:
        - {id: a, name: Part A, items: [Q1, Q2]}
        - {id: b, name: Part B, items: [Q3, Q4]}
      """;

  static Instrument read(String yaml) throws InstrumentException {
    return InstrumentLoader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
        "my.yaml");
  }

  static String error(String yaml) {
    return assertThrows(InstrumentException.class, () -> read(yaml)).getMessage();
  }

  @Test
  void readsAWellFormedFile() throws InstrumentException {
    Instrument i = read(GOOD);
    assertEquals("pulse", i.id());
    assertEquals(Kind.SELF_REPORT, i.kind());
    assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), i.itemIds());
    assertEquals(List.of(false, true, true, false), i.items().stream().map(Item::reverse).toList());
    assertEquals(List.of("a", "a", "b", "b"), i.items().stream().map(Item::subscale).toList());
    assertEquals(2, i.scales().size());
    assertEquals("Part B", i.scales().get(1).name());
    assertEquals(List.of("Q3"), i.scales().get(1).reverseKeyed());
    assertEquals(4.0, i.scale().valueOfLabel("agree"));
  }

  @Test
  void itemSubscaleFieldsGroupItemsWhenThereIsNoSubscaleList() throws InstrumentException {
    Instrument i = read("""
        id: x
        scale: {min: 0, max: 4}
        items:
          - {id: A1, subscale: alpha}
          - {id: B1, subscale: beta}
          - {id: A2, subscale: alpha}
        """);
    assertEquals(List.of("alpha", "beta"), i.scales().stream().map(Scale::id).toList());
    assertEquals(List.of("A1", "A2"), i.scales().get(0).itemIds());
  }

  @Test
  void jsonIsAcceptedToo() throws InstrumentException {
    Instrument i = read("{\"id\": \"j\", \"scale\": {\"min\": 1, \"max\": 3},"
        + " \"items\": [{\"id\": \"X1\", \"reverse\": true}]}");
    assertTrue(i.items().get(0).reverse());
  }

  /** Each mistake: the line it is on, and words the message must contain. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown top-level key   | 3  | unknown key 'colour'      | id: x\\nname: X\\ncolour: red\\nscale: {min: 1, max: 5}\\nitems: [{id: A}]
      unknown item key        | 5  | unknown key 'txt' in an item | id: x\\nscale: {min: 1, max: 5}\\nitems:\\n  - id: A\\n    txt: typo
      duplicate item id       | 5  | duplicate item id 'A' (first on line 4 | id: x\\nscale: {min: 1, max: 5}\\nitems:\\n  - id: A\\n  - id: A
      duplicate ignoring case | 5  | duplicate item id 'a'     | id: x\\nscale: {min: 1, max: 5}\\nitems:\\n  - id: A\\n  - id: a
      reverse on unknown item | 6  | 'reverse' names unknown item 'Z' | id: x\\nscale: {min: 1, max: 5}\\nitems:\\n  - id: A\\nreverse:\\n  - Z
      subscale unknown item   | 8  | subscale 's' names unknown item 'B' | id: x\\nscale: {min: 1, max: 5}\\nitems:\\n  - id: A\\nsubscales:\\n  - id: s\\n    items:\\n      - B
      empty subscale          | 6  | subscale 's' is empty     | id: x\\nscale: {min: 1, max: 5}\\nitems: [{id: A}]\\nsubscales:\\n  - id: s\\n    items: []
      empty item list         | 3  | 'items' is empty          | id: x\\nscale: {min: 1, max: 5}\\nitems: []
      empty response scale    | 2  | the scale 5..5 is empty   | id: x\\nscale: {min: 5, max: 5}\\nitems: [{id: A}]
      labels do not fit       | 2  | has 3 options but 2 labels | id: x\\nscale: {min: 1, max: 3, labels: [a, b]}\\nitems: [{id: A}]
      labels alike (no-break) | 2  | is given twice            | id: x\\nscale: {min: 1, max: 2, labels: [Strongly agree, strongly\u00A0Agree]}\\nitems: [{id: A}]
      missing id              | 1  | 'id' is missing           | name: x\\nscale: {min: 1, max: 5}\\nitems: [{id: A}]
      missing scale           | 1  | 'scale' is missing        | id: x\\nitems: [{id: A}]
      min not a number        | 2  | 'min' must be a whole number | id: x\\nscale: {min: one, max: 5}\\nitems: [{id: A}]
      bad column name         | 4  | item id 'Q 1' is not a valid column name | id: x\\nscale: {min: 1, max: 5}\\nitems:\\n  - id: Q 1
      reserved column name    | 4  | item id 'team' is reserved | id: x\\nscale: {min: 1, max: 5}\\nitems:\\n  - id: team
      item in no subscale     | 5  | item 'B' is in no subscale | id: x\\nscale: {min: 1, max: 5}\\nitems:\\n  - id: A\\n  - id: B\\nsubscales: [{id: s, items: [A]}]
      duplicate subscale id   | 6  | duplicate subscale id 's' | id: x\\nscale: {min: 1, max: 5}\\nitems: [{id: A}]\\nsubscales:\\n  - {id: s, items: [A]}\\n  - {id: s, items: [A]}
      unknown kind            | 2  | unknown kind 'survey'     | id: x\\nkind: survey\\nscale: {min: 1, max: 5}\\nitems: [{id: A}]
      peer rating reversed    | 4  | cannot be reverse keyed   | id: x\\nkind: peer-rating\\nscale: {min: 1, max: 5}\\nitems: [{id: A}, {id: B, reverse: true}]
      reverse not boolean     | 5  | 'reverse' must be true or false | id: x\\nscale: {min: 1, max: 5}\\nitems:\\n  - id: A\\n    reverse: sometimes
      validated uncited       | 2  | needs a 'citation'        | id: x\\nvalidated: true\\nscale: {min: 1, max: 5}\\nitems: [{id: A}]
      key given twice         | 3  | key 'id' is given twice   | id: x\\nscale: {min: 1, max: 5}\\nid: y\\nitems: [{id: A}]
      yaml syntax             | 3  | not valid YAML: while parsing a flow sequence, expected ',' or ']' | id: x\\nscale: [min: 1\\nitems: [{id: A}]
      not a mapping           | 1  | must be a mapping         | - just\\n- a list
      """)
  void mistakesNameFileAndLine(String what, int line, String message, String yaml) {
    String e = error(yaml.replace("\\n", "\n"));
    assertTrue(e.startsWith("my.yaml:" + line + ": "), () -> what + ": " + e);
    assertTrue(e.contains(message), () -> what + ": " + e);
    assertEquals(1, e.lines().count(), e);
  }

  @Test
  void emptyFile() {
    assertEquals("my.yaml:1: the file is empty", error(""));
  }
}
