package org.leadsurvey.ingest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The export layouts of survey platforms: how many header rows, and how to recognise them.
 * Detection looks only at the first three records, once per file.
 */
public enum Dialect {
  /** One header row with item ids. */
  PLAIN("plain", 1),
  /**
   * Qualtrics CSV: export tags, question texts, then {@code {"ImportId":"QID1"}} rows (the legacy
   * export has no ImportId row: two header rows).
   */
  QUALTRICS("qualtrics", 3),
  /** SurveyMonkey "All responses data" CSV: question texts, then answer options/"Response". */
  SURVEYMONKEY("surveymonkey", 2),
  /** Google Forms / Sheets download: Timestamp, then question texts. */
  GOOGLE_FORMS("google-forms", 1),
  /** Microsoft Forms (Excel workbook saved as CSV): ID, Start time, Completion time, ... */
  MICROSOFT_FORMS("microsoft-forms", 1),
  /** LimeSurvey response export with question codes (or full texts) as headings. */
  LIMESURVEY("limesurvey", 1);

  private final String label;
  private final int headerRows;

  Dialect(String label, int headerRows) {
    this.label = label;
    this.headerRows = headerRows;
  }

  /** The name used on the command line and in reports. */
  public String label() {
    return label;
  }

  public int headerRows() {
    return headerRows;
  }

  /**
   * Header rows of this file: Qualtrics' legacy export has two (no ImportId row); every other
   * layout has a fixed number.
   */
  int headerRows(List<List<String>> first) {
    if (this == QUALTRICS && first.size() >= 3 && !hasImportIds(first.get(2))) {
      return 2;
    }
    return headerRows;
  }

  private static boolean hasImportIds(List<String> row) {
    for (String cell : row) {
      if (cell.strip().startsWith("{\"ImportId\"")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return label;
  }

  /** The dialect of a command-line name ({@code google-forms}, also {@code google_forms}). */
  public static Dialect parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Dialect d : values()) {
      if (d.label.equals(n) || d.name().toLowerCase(Locale.ROOT).equals(n.replace('-', '_'))) {
        return d;
      }
    }
    if (n.equals("excel") || n.equals("ms-forms")) {
      return MICROSOFT_FORMS;
    }
    throw new IllegalArgumentException("unknown dialect '" + name + "' (expected one of "
        + String.join(", ", Arrays.stream(values()).map(Dialect::label).toList()) + ")");
  }

  /** Localised names of Google's first column. */
  private static final Set<String> TIMESTAMP = Set.of("timestamp", "zeitstempel",
      "marcatemporal", "horodateur", "tijdstempel", "informazionicronologiche",
      "carimbodedatahora", "sygnaturaczasowa");

  /**
   * The dialect of a file from its first records (up to three; fewer when the file is short).
   */
  static Dialect detect(List<List<String>> first) {
    List<String> h1 = first.get(0);
    Set<String> names = new HashSet<>();
    for (String h : h1) {
      names.add(HeaderText.compact(h));
    }
    if (first.size() >= 3 && hasImportIds(first.get(2))) {
      return QUALTRICS;
    }
    // Legacy Qualtrics CSV: tags, then question texts (no ImportId row).
    if ((names.contains("responseid") || names.contains("responseset"))
        && names.contains("finished") && first.size() >= 2
        && HeaderText.compact(String.join(" ", first.get(1))).contains("responseid")) {
      return QUALTRICS;
    }
    if (names.contains("respondentid") && names.contains("collectorid") && first.size() >= 2) {
      return SURVEYMONKEY;
    }
    if (names.contains("submitdate") && (names.contains("lastpage")
        || names.contains("startlanguage"))) {
      return LIMESURVEY;
    }
    if (names.contains("starttime") && names.contains("completiontime")) {
      return MICROSOFT_FORMS;
    }
    if (!h1.isEmpty() && TIMESTAMP.contains(HeaderText.compact(h1.get(0)))) {
      return GOOGLE_FORMS;
    }
    return PLAIN;
  }
}
