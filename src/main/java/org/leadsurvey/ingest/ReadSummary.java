package org.leadsurvey.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a read produced besides the rows: counts, findings, and how the file was understood.
 *
 * @param rows data rows read (header rows excluded), good, bad or dropped
 * @param hasTeam whether a team column was found
 * @param errorCount errors seen (only the first ones are kept in findings)
 * @param layout the dialect, encoding, delimiter and column plan, or null when the header
 *     could not be read
 * @param dropped rows left out on purpose, by reason ("unfinished", ...), in order of reason
 * @param rowsWithErrors rows not handed on because of a bad value, a ragged row or a
 *     respondent id that repeats an earlier row's
 * @param teams the teams' names by number ({@link RowBatch#team}), in order of first appearance
 * @param cutValues per --by column, its values by number ({@link RowBatch#cut}), in order of
 *     first appearance
 */
public record ReadSummary(long rows, boolean hasTeam, List<Finding> findings, long errorCount,
    Layout layout, Map<String, Long> dropped, long rowsWithErrors, List<String> teams,
    List<List<String>> cutValues) {

  /** One column of the file and what it became. */
  public record ColumnUse(int column, String name, String role, String item) {}

  /**
   * @param hasTimes whether completion times can be computed (a duration or start/end columns)
   */
  public record Layout(String dialect, String encoding, String delimiter, int headerRows,
      List<ColumnUse> columns, boolean hasTimes, boolean hasRespondentId) {
    public Layout {
      columns = List.copyOf(columns);
    }
  }

  public ReadSummary {
    findings = List.copyOf(findings);
    teams = teams == null ? List.of() : teams;
    cutValues = cutValues == null ? List.of() : cutValues;
    dropped = dropped == null ? Map.of() : Collections.unmodifiableMap(
        new LinkedHashMap<>(dropped));
  }

  public ReadSummary(long rows, boolean hasTeam, List<Finding> findings, long errorCount) {
    this(rows, hasTeam, findings, errorCount, null, Map.of(), 0, List.of(), List.of());
  }

  public boolean hasErrors() {
    return errorCount > 0;
  }

  public Finding firstError() {
    return findings.stream().filter(Finding::isError).findFirst().orElse(null);
  }

  /** Rows dropped on purpose, all reasons together. */
  public long droppedRows() {
    return dropped.values().stream().mapToLong(Long::longValue).sum();
  }
}
