package org.leadsurvey.report.form;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.instrument.Item;

/** A printable plain-text questionnaire, wrapped at 78 columns, with a box per answer option. */
final class TextForm implements FormWriter {
  static final int WIDTH = 78;

  @Override
  public void write(Form form, Writer w) throws IOException {
    PrintWriter out = new PrintWriter(w);
    out.println(form.title());
    out.println("=".repeat(Math.min(WIDTH, form.title().length())));
    out.println();
    if (!form.intro().isBlank()) {
      wrap(form.intro(), "", "").forEach(out::println);
      out.println();
    }
    out.println("Answers:");
    for (Form.Option o : form.options()) {
      out.println("  " + o.value() + "  " + o.label());
    }
    out.println();
    String boxes = "[ ] " + String.join("   [ ] ", form.options().stream()
        .map(o -> Integer.toString(o.value())).toList());
    if (form.peerRating()) {
      out.println("Your team: ____________________   Your name: ____________________");
      out.println();
      int width = form.members().stream().mapToInt(String::length).max().orElse(10);
      for (Item item : form.items()) {
        if (item != form.items().get(0)) {
          out.println();
        }
        wrap((form.peerCriteria() ? item.id() + ": " : "") + item.text()
            + " Rate each other member of your team, not yourself.", "", "")
            .forEach(out::println);
        out.println();
        for (String m : form.members()) {
          out.println(String.format("  %-" + width + "s   %s", m, boxes));
        }
      }
    } else {
      out.println("Your team: ____________________");
      int n = 1;
      for (Item i : form.items()) {
        out.println();
        String number = String.format("%2d. ", n++);
        wrap(i.text() + " (" + i.id() + ")", number, " ".repeat(number.length()))
            .forEach(out::println);
        out.println("    " + boxes);
      }
    }
    out.println();
    wrap(form.instrument().citation(), "", "").forEach(out::println);
    if (!form.instrument().validated()) {
      out.println("Not a validated instrument: a practice template.");
    }
    out.flush();
  }

  /** Greedy word wrap; the first line starts with {@code first}, the others with {@code rest}. */
  static List<String> wrap(String text, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int start = first.length();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        start = rest.length();
      }
      if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
