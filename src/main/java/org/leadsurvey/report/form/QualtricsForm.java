package org.leadsurvey.report.form;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.instrument.Item;

/**
 * A Qualtrics survey file (.qsf, JSON) for Survey > Tools > Import/Export > Import Survey.
 *
 * <p>Structure: {@code SurveyEntry} (survey metadata) and {@code SurveyElements}: one block
 * ({@code BL}), the flow ({@code FL}), survey options ({@code SO}), the question count
 * ({@code QC}) and one {@code SQ} per question. Each item is a single-answer question whose
 * {@code DataExportTag} is the item id and whose {@code RecodeValues} map each choice to its
 * scale value, so the export's columns and values are what {@code analyze} reads. A text
 * question exported as {@code team} comes first. A peer rating is one Likert matrix with a row
 * per team member.
 */
final class QualtricsForm implements FormWriter {
  static final String SURVEY_ID = "SV_leadsurvey";

  @Override
  public void write(Form form, Writer out) throws IOException {
    JsonForm.MAPPER.writeValue(out, tree(form));
    out.write(System.lineSeparator());
    out.flush();
  }

  static ObjectNode tree(Form form) {
    ObjectNode root = JsonForm.MAPPER.createObjectNode();
    ObjectNode entry = root.putObject("SurveyEntry");
    entry.put("SurveyID", SURVEY_ID);
    entry.put("SurveyName", form.title());
    entry.putNull("SurveyDescription");
    entry.put("SurveyOwnerID", "");
    entry.put("SurveyBrandID", "");
    entry.putNull("DivisionID");
    entry.put("SurveyLanguage", "EN");
    entry.put("SurveyActiveResponseSet", "RS_leadsurvey");
    entry.put("SurveyStatus", "Inactive");
    entry.put("SurveyStartDate", "0000-00-00 00:00:00");
    entry.put("SurveyExpirationDate", "0000-00-00 00:00:00");
    entry.put("SurveyCreationDate", "0000-00-00 00:00:00");
    entry.put("CreatorID", "");
    entry.put("LastModified", "0000-00-00 00:00:00");
    entry.put("LastAccessed", "0000-00-00 00:00:00");
    entry.put("LastActivated", "0000-00-00 00:00:00");
    entry.putNull("Deleted");

    List<ObjectNode> questions = new ArrayList<>();
    if (!form.intro().isBlank()) {
      questions.add(descriptive(form.intro()));
    }
    questions.add(textEntry(Form.TEAM_QUESTION, Form.TEAM_COLUMN));
    if (form.peerRating()) {
      questions.add(textEntry(Form.RATER_QUESTION, "rater"));
      for (Item item : form.items()) {
        questions.add(matrix(form, item));
      }
    } else {
      for (Item i : form.items()) {
        questions.add(single(form, i));
      }
    }
    for (int q = 0; q < questions.size(); q++) {
      questions.get(q).put("QuestionID", "QID" + (q + 1));
    }

    ArrayNode elements = root.putArray("SurveyElements");
    ObjectNode block = element(elements, "BL", "Survey Blocks", null);
    ObjectNode b = block.putArray("Payload").addObject();
    b.put("Type", "Default").put("Description", form.title()).put("ID", "BL_leadsurvey");
    ArrayNode blockElements = b.putArray("BlockElements");
    for (ObjectNode q : questions) {
      blockElements.addObject().put("Type", "Question").put("QuestionID", q.get("QuestionID").asText());
    }
    ObjectNode flow = element(elements, "FL", "Survey Flow", null).putObject("Payload");
    flow.putArray("Flow").addObject().put("ID", "BL_leadsurvey").put("Type", "Block")
        .put("FlowID", "FL_2");
    flow.putObject("Properties").put("Count", 2);
    flow.put("FlowID", "FL_1").put("Type", "Root");
    ObjectNode options = element(elements, "SO", "Survey Options", null).putObject("Payload");
    options.put("BackButton", "true").put("SaveAndContinue", "true")
        .put("SurveyProtection", "PublicSurvey").put("BallotBoxStuffingPrevention", "false")
        .put("NoIndex", "Yes").put("SecureResponseFiles", "true").put("SurveyExpiration", "None")
        .put("SurveyTermination", "DefaultMessage").put("Header", "").put("Footer", "")
        .put("ProgressBarDisplay", "None").put("PartialData", "+1 week")
        .put("PreviousButton", " ← ").put("NextButton", " → ").put("NewScoring", 1);
    element(elements, "QC", "Survey Question Count", Integer.toString(questions.size()))
        .putNull("Payload");
    for (ObjectNode q : questions) {
      ObjectNode sq = element(elements, "SQ", q.get("QuestionID").asText(),
          q.get("QuestionDescription").asText());
      sq.set("Payload", q);
    }
    return root;
  }

  private static ObjectNode element(ArrayNode elements, String kind, String primary,
      String secondary) {
    ObjectNode e = elements.addObject();
    e.put("SurveyID", SURVEY_ID).put("Element", kind).put("PrimaryAttribute", primary);
    if (secondary == null) {
      e.putNull("SecondaryAttribute");
    } else {
      e.put("SecondaryAttribute", secondary);
    }
    e.putNull("TertiaryAttribute");
    return e;
  }

  private static ObjectNode question(String text, String tag, String type, String selector,
      String subSelector) {
    ObjectNode q = JsonForm.MAPPER.createObjectNode();
    q.put("QuestionText", text);
    q.put("DataExportTag", tag);
    q.put("QuestionType", type);
    q.put("Selector", selector);
    if (subSelector != null) {
      q.put("SubSelector", subSelector);
    }
    q.putObject("Configuration").put("QuestionDescriptionOption", "UseText");
    q.put("QuestionDescription", text.length() > 100 ? text.substring(0, 100) : text);
    q.putObject("Validation").putObject("Settings").put("ForceResponse", "OFF")
        .put("ForceResponseType", "ON").put("Type", "None");
    q.putArray("Language");
    q.putObject("DataVisibility").put("Private", false).put("Hidden", false);
    return q;
  }

  private static ObjectNode descriptive(String text) {
    ObjectNode q = question(text, "intro", "DB", "TB", null);
    q.remove("Validation");
    return q;
  }

  private static ObjectNode textEntry(String text, String tag) {
    return question(text, tag, "TE", "SL", null);
  }

  /** One item: a horizontal single-answer question, choice k recoded to the k-th scale value. */
  private static ObjectNode single(Form form, Item item) {
    ObjectNode q = question(item.text(), item.id(), "MC", "SAHR", "TX");
    ObjectNode choices = q.putObject("Choices");
    ArrayNode order = q.putArray("ChoiceOrder");
    ObjectNode recode = q.putObject("RecodeValues");
    int c = 1;
    for (Form.Option o : form.options()) {
      choices.putObject(Integer.toString(c)).put("Display", o.display());
      order.add(Integer.toString(c));
      recode.put(Integer.toString(c), Integer.toString(o.value()));
      c++;
    }
    q.put("NextChoiceId", c);
    q.put("NextAnswerId", 1);
    return q;
  }

  /** A peer rating: rows are team members (ratee1..), columns the scale, recoded to values. */
  private static ObjectNode matrix(Form form, Item item) {
    ObjectNode q = question(item.text() + " Rate each other member of your team, not yourself.",
        item.id(), "Matrix", "Likert", "SingleAnswer");
    ObjectNode choices = q.putObject("Choices");
    ArrayNode order = q.putArray("ChoiceOrder");
    ObjectNode tags = q.putObject("ChoiceDataExportTags");
    int r = 1;
    for (String member : form.members()) {
      choices.putObject(Integer.toString(r)).put("Display", member);
      order.add(Integer.toString(r));
      tags.put(Integer.toString(r), item.id() + "_ratee" + r);
      r++;
    }
    ObjectNode answers = q.putObject("Answers");
    ArrayNode answerOrder = q.putArray("AnswerOrder");
    ObjectNode recode = q.putObject("RecodeValues");
    int a = 1;
    for (Form.Option o : form.options()) {
      answers.putObject(Integer.toString(a)).put("Display", o.display());
      answerOrder.add(Integer.toString(a));
      recode.put(Integer.toString(a), Integer.toString(o.value()));
      a++;
    }
    q.put("NextChoiceId", r);
    q.put("NextAnswerId", a);
    return q;
  }
}
