package org.leadsurvey.instrument;

import java.util.Objects;

/** One question of an instrument; {@code id} is also its column name in response files. */
public record Item(String id, String text, boolean reverse, String subscale) {
  public Item {
    Objects.requireNonNull(id, "id");
    text = text == null ? "" : text;
  }
}
