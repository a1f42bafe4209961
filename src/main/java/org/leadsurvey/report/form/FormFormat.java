package org.leadsurvey.report.form;

/** The formats {@code leadsurvey generate} writes, each with its usual file extension. */
public enum FormFormat {
  MD("md", new MarkdownForm()),
  TXT("txt", new TextForm()),
  HTML("html", new HtmlForm()),
  CSV("csv", new CsvTemplate()),
  JSON("json", new JsonForm()),
  QSF("qsf", new QualtricsForm()),
  LIMESURVEY("txt", new LimeSurveyForm()),
  GFORMS("gs", new GoogleFormsScript());

  private final String extension;
  private final FormWriter writer;

  FormFormat(String extension, FormWriter writer) {
    this.extension = extension;
    this.writer = writer;
  }

  public String extension() {
    return extension;
  }

  public FormWriter writer() {
    return writer;
  }
}
