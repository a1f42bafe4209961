package org.leadsurvey.ingest;

/**
 * Something noticed while reading input: where (file, line, column) and what.
 *
 * @param line 1-based line, or 0 when the finding is about the whole file
 * @param column column name (or number) the finding is about, or null
 */
public record Finding(Severity severity, String file, long line, String column, String message) {

  public enum Severity { ERROR, WARNING, INFO }

  public static Finding error(String file, long line, String column, String message) {
    return new Finding(Severity.ERROR, file, line, column, message);
  }

  public static Finding warning(String file, long line, String column, String message) {
    return new Finding(Severity.WARNING, file, line, column, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line: column "X": message}, the form editors and terminals link to. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
    }
    s.append(": ");
    if (column != null) {
      s.append("column ").append(column).append(": ");
    }
    return s.append(message).toString();
  }
}
