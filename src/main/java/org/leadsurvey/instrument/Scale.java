package org.leadsurvey.instrument;

import java.util.List;

/**
 * What gets scored and analyzed: an instrument's whole item set, or one of its subscales.
 *
 * @param items the items of this scale, in instrument order
 */
public record Scale(String id, String name, List<Item> items, ResponseScale responses) {
  public Scale {
    items = List.copyOf(items);
  }

  public List<String> itemIds() {
    return items.stream().map(Item::id).toList();
  }

  public List<String> reverseKeyed() {
    return items.stream().filter(Item::reverse).map(Item::id).toList();
  }
}
