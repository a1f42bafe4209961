package org.leadsurvey.instrument;

import java.util.List;

/** A named group of items that is scored as one scale. */
public record Subscale(String id, String name, List<String> items) {
  public Subscale {
    items = List.copyOf(items);
  }
}
