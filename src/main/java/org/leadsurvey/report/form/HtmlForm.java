package org.leadsurvey.report.form;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.leadsurvey.instrument.Item;

/**
 * A self-contained, accessible, printable HTML questionnaire: no scripts, no external files,
 * one {@code <fieldset>} per item with its text as {@code <legend>} and a {@code <label>} on
 * every option, radio names equal to the item ids and values equal to the scale values.
 */
final class HtmlForm implements FormWriter {
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:52rem;\
      margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}
      h1{font-size:1.5rem}
      fieldset{border:1px solid #bbb;border-radius:6px;margin:0 0 1rem;padding:.6rem .9rem;\
      break-inside:avoid;page-break-inside:avoid}
      legend{font-weight:600;padding:0 .3rem}
      .options{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin-top:.3rem}
      .options label{display:inline-flex;align-items:center;gap:.35rem;cursor:pointer}
      input[type=radio]{width:1.1rem;height:1.1rem}
      input:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
      .id{color:#666;font-weight:normal;font-size:.85em}
      .field{margin:0 0 1.2rem}
      .field input{font:inherit;padding:.3rem;min-width:16rem}
      footer{margin-top:2rem;font-size:.85em;color:#444}
      @media print{body{margin:0;max-width:none}button{display:none}\
      fieldset{border-color:#888}}
      """;

  @Override
  public void write(Form form, Writer w) throws IOException {
    PrintWriter out = new PrintWriter(w);
    out.println("<!DOCTYPE html>");
    out.println("<html lang=\"en\">");
    out.println("<head>");
    out.println("<meta charset=\"utf-8\">");
    out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>" + esc(form.title()) + "</title>");
    out.println("<style>");
    out.print(STYLE);
    out.println("</style>");
    out.println("</head>");
    out.println("<body>");
    out.println("<main>");
    out.println("<h1>" + esc(form.title()) + "</h1>");
    if (!form.intro().isBlank()) {
      out.println("<p>" + esc(form.intro()) + "</p>");
    }
    out.println("<p id=\"scale-help\">Answers: " + esc(String.join("; ", form.options().stream()
        .map(o -> o.value() + " = " + o.display()).toList())) + ".</p>");
    out.println("<form>");
    out.println("<div class=\"field\"><label for=\"team\">" + esc(Form.TEAM_QUESTION)
        + "</label><br><input type=\"text\" id=\"team\" name=\"team\" autocomplete=\"off\"></div>");
    if (form.peerRating()) {
      out.println("<div class=\"field\"><label for=\"rater\">" + esc(Form.RATER_QUESTION)
          + "</label><br><input type=\"text\" id=\"rater\" name=\"rater\" autocomplete=\"off\">"
          + "</div>");
      for (Item item : form.items()) {
        out.println("<p><strong>" + (form.peerCriteria() ? esc(item.id()) + ": " : "")
            + esc(item.text()) + "</strong> Rate each other member of your team, not yourself.</p>");
        // one criterion keeps its names ratee1..; several are told apart by the item id
        String prefix = form.peerCriteria() ? item.id() + "_ratee" : "ratee";
        int m = 1;
        for (String member : form.members()) {
          fieldset(out, prefix + m++, esc(member), form);
        }
      }
    } else {
      int n = 1;
      for (Item i : form.items()) {
        fieldset(out, i.id(), n++ + ". " + esc(i.text()) + " <span class=\"id\">(" + esc(i.id())
            + ")</span>", form);
      }
    }
    out.println("</form>");
    out.println("</main>");
    out.println("<footer>");
    out.println("<p>" + esc(form.instrument().citation()) + "</p>");
    if (!form.instrument().validated()) {
      out.println("<p>Not a validated instrument: a practice template.</p>");
    }
    out.println("</footer>");
    out.println("</body>");
    out.println("</html>");
    out.flush();
  }

  private static void fieldset(PrintWriter out, String name, String legendHtml, Form form) {
    out.println("<fieldset aria-describedby=\"scale-help\">");
    out.println("<legend>" + legendHtml + "</legend>");
    out.println("<div class=\"options\">");
    for (Form.Option o : form.options()) {
      String id = name + "-" + o.value();
      out.println("<label for=\"" + esc(id) + "\"><input type=\"radio\" id=\"" + esc(id)
          + "\" name=\"" + esc(name) + "\" value=\"" + o.value() + "\"> " + o.value()
          + (o.label().isEmpty() ? "" : " " + esc(o.label())) + "</label>");
    }
    out.println("</div>");
    out.println("</fieldset>");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
