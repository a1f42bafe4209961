package org.leadsurvey.ingest;

import java.util.List;

/**
 * What a read produced besides the rows: counts and findings.
 *
 * @param rows data rows read (header excluded), good or bad
 * @param hasTeam whether a team column was found
 * @param errorCount errors seen (only the first ones are kept in findings)
 */
public record ReadSummary(long rows, boolean hasTeam, List<Finding> findings, long errorCount) {
  public ReadSummary {
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return errorCount > 0;
  }

  public Finding firstError() {
    return findings.stream().filter(Finding::isError).findFirst().orElse(null);
  }
}
