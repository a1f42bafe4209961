package org.leadsurvey.report.form;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.leadsurvey.instrument.Item;

/**
 * A printable questionnaire in Markdown: title, instructions, the answer scale, then one table
 * row per item with a box per answer option. Peer ratings get one row per team member.
 */
final class MarkdownForm implements FormWriter {
  @Override
  public void write(Form form, Writer w) throws IOException {
    PrintWriter out = new PrintWriter(w);
    out.println("# " + form.title());
    out.println();
    if (!form.intro().isBlank()) {
      out.println(form.intro());
      out.println();
    }
    out.println("**Answers:** " + String.join(" · ", form.options().stream()
        .map(o -> o.value() + " = " + o.display()).toList()));
    out.println();
    out.println("Tick one box per row.");
    out.println();
    StringBuilder head = new StringBuilder();
    StringBuilder rule = new StringBuilder();
    for (Form.Option o : form.options()) {
      head.append(" ").append(o.value()).append(" |");
      rule.append(" :-: |");
    }
    String boxes = " ☐ |".repeat(form.options().size());
    if (form.peerRating()) {
      out.println("**Your team:** ____________________  **Your name:** ____________________");
      out.println();
      for (Item item : form.items()) {
        if (item != form.items().get(0)) {
          out.println();
        }
        out.println("**" + (form.peerCriteria() ? esc(item.id()) + ": " : "")
            + esc(item.text()) + "** Rate each other member of your team, not yourself.");
        out.println();
        out.println("| Team member |" + head);
        out.println("| --- |" + rule);
        for (String m : form.members()) {
          out.println("| " + esc(m) + " |" + boxes);
        }
      }
    } else {
      out.println("**Your team:** ____________________");
      out.println();
      out.println("| # | Statement |" + head);
      out.println("| ---: | --- |" + rule);
      int n = 1;
      for (Item i : form.items()) {
        out.println("| " + n++ + " | " + esc(i.text()) + " <sub>" + i.id() + "</sub> |" + boxes);
      }
    }
    out.println();
    out.println("---");
    out.println();
    out.println("_" + esc(form.instrument().citation()) + "_");
    if (!form.instrument().validated()) {
      out.println();
      out.println("_Not a validated instrument: a practice template._");
    }
    out.flush();
  }

  private static String esc(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
