package org.leadsurvey.report;

/** Where a table's rows go: a CSV file ({@link CsvOutput}) or a workbook's sheet. */
interface TableOut {
  /** One row; numbers arrive as Number or as the text {@link Numbers#exact} wrote. */
  TableOut row(Object... values);
}
