package org.leadsurvey.report.form;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.Scale;

/** Plain-text views of instruments for the terminal: the catalogue, and one instrument. */
public final class InstrumentText {
  private InstrumentText() {}

  /** One line per instrument, aligned. */
  public static List<String> catalogue(List<Instrument> instruments) {
    String[] head = {"id", "kind", "status", "items", "scales", "answers", "name"};
    List<String[]> rows = new ArrayList<>();
    rows.add(head);
    for (Instrument i : instruments) {
      rows.add(new String[] {i.id(), i.kind().id(), status(i), Integer.toString(i.items().size()),
          Integer.toString(i.scales().size()), i.scale().toString(), i.name()});
    }
    int[] width = new int[head.length];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] r : rows) {
      StringBuilder s = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        s.append(c == r.length - 1 ? r[c] : String.format("%-" + (width[c] + 2) + "s", r[c]));
      }
      out.add(s.toString().stripTrailing());
    }
    out.add("");
    out.add("Details: leadsurvey instruments show ID. A form or response template: leadsurvey"
        + " generate ID --format FORMAT.");
    return out;
  }

  static String status(Instrument i) {
    return i.validated() ? "validated" : "unvalidated";
  }

  /** Everything about one instrument, for reading in a terminal. */
  public static List<String> describe(Instrument i) {
    List<String> out = new ArrayList<>();
    out.add(i.name() + " (" + i.id() + ")");
    out.add("");
    out.add("Kind:       " + i.kind().id()
        + (i.isPeerRating() ? " (each member rates every other member of the team)" : ""));
    out.add("Status:     " + (i.validated() ? "validated, published instrument"
        : "NOT VALIDATED (a practice template, or it includes unvalidated items):"
        + " check its reliability on your own data"));
    out.add("Citation:   " + i.citation());
    out.add("Licence:    " + i.licence());
    if (!i.instructions().isBlank()) {
      out.add("Instructions: " + i.instructions());
    }
    out.add("");
    out.add("Answers " + i.scale() + ":");
    for (int v = i.scale().min(); v <= i.scale().max(); v++) {
      String label = i.scale().labels().isEmpty() ? "" : i.scale().labels().get(v - i.scale().min());
      out.add("  " + v + "  " + label);
    }
    out.add("");
    out.add("Items (R = reverse keyed: scored as " + (i.scale().min() + i.scale().max())
        + " minus the answer):");
    int idWidth = i.items().stream().mapToInt(x -> x.id().length()).max().orElse(2);
    for (Item item : i.items()) {
      out.add(String.format("  %-" + idWidth + "s %s  %s", item.id(), item.reverse() ? "R" : " ",
          item.text()));
    }
    if (!i.subscales().isEmpty()) {
      out.add("");
      out.add("Scales:");
      for (Scale s : i.scales()) {
        out.add("  " + s.id() + ": " + s.name() + " (" + String.join(", ", s.itemIds()) + ")");
      }
    }
    return out;
  }
}
