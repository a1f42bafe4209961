package org.leadsurvey.report.form;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import org.leadsurvey.instrument.Item;

/**
 * LimeSurvey's tab-separated survey format (.txt; Surveys > Create > Import). Every row has the
 * columns LimeSurvey's importer reads ({@code class}, {@code type/scale}, {@code name},
 * {@code text}, ...): {@code S}/{@code SL} rows for settings and title, one group {@code G},
 * then each item as a list question ({@code Q}, type {@code L}) whose code is the item id, with
 * an answer row ({@code A}) per option whose code is the scale value. A short-text question
 * coded {@code team} comes first. A peer rating is one array question ({@code F}) with a
 * subquestion ({@code SQ}) per team member.
 */
final class LimeSurveyForm implements FormWriter {
  static final List<String> COLUMNS = List.of("id", "related_id", "class", "type/scale", "name",
      "relevance", "text", "help", "language", "validation", "mandatory", "other", "default",
      "same_default");
  /** LimeSurvey question and answer codes: letters and digits, starting with a letter. */
  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,19}");

  @Override
  public void write(Form form, Writer w) throws IOException {
    for (Item i : form.items()) {
      if (!CODE.matcher(i.id()).matches()) {
        throw new IllegalArgumentException("item id '" + i.id() + "' cannot be a LimeSurvey"
            + " question code (letters and digits only, starting with a letter, at most 20)");
      }
    }
    if (form.instrument().scale().min() < 0) {
      throw new IllegalArgumentException("LimeSurvey answer codes cannot be negative; the scale"
          + " is " + form.instrument().scale());
    }
    PrintWriter out = new PrintWriter(w);
    row(out, COLUMNS.toArray(String[]::new));
    row(out, "", "", "S", "", "language", "", "en", "", "", "", "", "", "", "");
    row(out, "", "", "S", "", "format", "", "G", "", "", "", "", "", "", "");
    row(out, "", "", "S", "", "anonymized", "", "Y", "", "", "", "", "", "", "");
    row(out, "", "", "SL", "", "surveyls_title", "", form.title(), "", "en", "", "", "", "", "");
    row(out, "", "", "SL", "", "surveyls_description", "", form.intro(), "", "en", "", "", "", "",
        "");
    row(out, "1", "", "G", "", form.title(), "1", form.intro(), "", "en", "", "", "", "", "");
    int q = 1;
    row(out, Integer.toString(q++), "", "Q", "S", Form.TEAM_COLUMN, "1", Form.TEAM_QUESTION, "",
        "en", "", "Y", "N", "", "");
    if (form.peerRating()) {
      row(out, Integer.toString(q++), "", "Q", "S", "rater", "1", Form.RATER_QUESTION, "", "en",
          "", "Y", "N", "", "");
      for (Item item : form.items()) {
        row(out, Integer.toString(q), "", "Q", "F", item.id(), "1", item.text()
            + " Rate each other member of your team, not yourself.", "", "en", "", "N", "N", "",
            "");
        int m = 1;
        for (String member : form.members()) {
          row(out, Integer.toString(q * 100 + m), "", "SQ", "0", "ratee" + m++, "", member, "",
              "en", "", "", "", "", "");
        }
        answers(out, form);
        q++;
      }
    } else {
      for (Item i : form.items()) {
        row(out, Integer.toString(q++), "", "Q", "L", i.id(), "1", i.text(), "", "en", "", "N",
            "N", "", "");
        answers(out, form);
      }
    }
    out.flush();
  }

  private static void answers(PrintWriter out, Form form) {
    for (Form.Option o : form.options()) {
      row(out, "", "", "A", "0", Integer.toString(o.value()), "", o.display(), "", "en", "", "",
          "", "", "");
    }
  }

  private static void row(PrintWriter out, String... cells) {
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        s.append('\t');
      }
      s.append(cells[c].replace('\t', ' ').replace("\r", " ").replace("\n", " "));
    }
    out.print(s);
    out.print("\n");
  }
}
