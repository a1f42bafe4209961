package org.leadsurvey.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A survey instrument: its items, response scale, and how the items group into scales.
 *
 * @param validated true for a published, validated instrument; false for a practice template
 * @param kind self-report (one row per respondent) or peer-rating (a round robin)
 * @param instructions what respondents are told before the items; may be empty
 */
public record Instrument(
    String id,
    String name,
    String citation,
    String licence,
    boolean validated,
    ResponseScale scale,
    List<Item> items,
    List<Subscale> subscales,
    Kind kind,
    String instructions) {

  public Instrument {
    items = List.copyOf(items);
    subscales = subscales == null ? List.of() : List.copyOf(subscales);
    citation = citation == null ? "" : citation;
    licence = licence == null ? "" : licence;
    kind = kind == null ? Kind.SELF_REPORT : kind;
    instructions = instructions == null ? "" : instructions;
  }

  /** A self-report instrument without instructions. */
  public Instrument(String id, String name, String citation, String licence, boolean validated,
      ResponseScale scale, List<Item> items, List<Subscale> subscales) {
    this(id, name, citation, licence, validated, scale, items, subscales, Kind.SELF_REPORT, "");
  }

  public boolean isPeerRating() {
    return kind == Kind.PEER_RATING;
  }

  /** An ad-hoc instrument from {@code --items/--scale/--reverse}. */
  public static Instrument adHoc(List<String> itemIds, ResponseScale scale, List<String> reverse) {
    List<Item> items = itemIds.stream()
        .map(id -> new Item(id, "", reverse.contains(id), null))
        .toList();
    return new Instrument("custom", "Custom scale", "", "", false, scale, items, List.of());
  }

  public List<String> itemIds() {
    return items.stream().map(Item::id).toList();
  }

  /** The scales to analyze: one per subscale, or the whole instrument when it has none. */
  public List<Scale> scales() {
    if (subscales.isEmpty()) {
      return List.of(new Scale(id, name, items, scale));
    }
    Map<String, Item> byId = items.stream()
        .collect(Collectors.toMap(Item::id, Function.identity()));
    List<Scale> result = new ArrayList<>();
    for (Subscale s : subscales) {
      result.add(new Scale(s.id(), s.name(), s.items().stream().map(byId::get).toList(), scale));
    }
    return result;
  }
}
