package org.leadsurvey.result;

/** One survey wave (a file, or one value of a wave column) with its own full analysis. */
public record WaveReport(String name, AnalysisReport report) {

  /** A wave or file name as a safe folder name: letters, digits, '.', '-' and '_' kept. */
  public static String folderName(String name) {
    String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() || s.chars().allMatch(c -> c == '.') ? "_" + s : s;
  }
}
