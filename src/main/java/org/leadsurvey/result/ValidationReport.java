package org.leadsurvey.result;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leadsurvey.ingest.ReadSummary;
import org.leadsurvey.stats.CarelessScreen;

/**
 * What {@code validate} may show of a file: how it was read, its findings, and counts that
 * rest on the whole file. Teams under the reporting size are counted, never named with their
 * size, and people with no team are not counted: both are hidden groups (built only by
 * {@link Disclosure#validation}).
 */
public final class ValidationReport {
  private final String file;
  private final ReadSummary summary;
  private final long accepted;
  private final List<String> neverAnswered;
  private final long hiddenTeams;
  private final boolean someWithoutTeam;
  private final ScreeningReport screening;
  private final Map<CarelessScreen.Rule, List<Long>> flaggedLines;

  ValidationReport(String file, ReadSummary summary, long accepted, List<String> neverAnswered,
      long hiddenTeams, boolean someWithoutTeam, ScreeningReport screening,
      Map<CarelessScreen.Rule, List<Long>> flaggedLines) {
    this.file = file;
    this.summary = summary;
    this.accepted = accepted;
    this.neverAnswered = List.copyOf(neverAnswered);
    this.hiddenTeams = hiddenTeams;
    this.someWithoutTeam = someWithoutTeam;
    this.screening = screening;
    this.flaggedLines = Map.copyOf(flaggedLines);
  }

  public String file() {
    return file;
  }

  public ReadSummary summary() {
    return summary;
  }

  public boolean hasErrors() {
    return summary.hasErrors();
  }

  /** Rows handed on to the statistics (good rows, not dropped). */
  public long accepted() {
    return accepted;
  }

  /** Items no row answered. */
  public List<String> neverAnswered() {
    return neverAnswered;
  }

  /** Teams that every output hides (by rows, as analyze would by scored people). */
  public long hiddenTeams() {
    return hiddenTeams;
  }

  /** Whether any accepted row has no team. */
  public boolean someWithoutTeam() {
    return someWithoutTeam;
  }

  /** Screening counts, or null when not screened. */
  public ScreeningReport screening() {
    return screening;
  }

  /** Lines flagged by each rule (the first ones), never the answers. */
  public Map<CarelessScreen.Rule, List<Long>> flaggedLines() {
    return flaggedLines;
  }

  /** Warnings besides the reader's: unanswered items, hidden teams, flags. */
  public List<String> warnings(String teamColumn, int minGroup) {
    List<String> w = new ArrayList<>();
    if (!neverAnswered.isEmpty()) {
      w.add(file + ": never answered: " + String.join(", ", neverAnswered));
    }
    if (summary.layout() != null && !summary.hasTeam() && teamColumn != null) {
      w.add(file + ": no '" + teamColumn + "' column, so organisation-level results only"
          + " (name the team column with --team)");
    }
    if (hiddenTeams > 0) {
      w.add(file + ": " + hiddenTeams + " team" + (hiddenTeams == 1 ? "" : "s") + " under the"
          + " reporting size of " + minGroup + " (or hidden with them so that they cannot be"
          + " worked out), hidden in every output");
    }
    if (screening != null && screening.counts().flagged() > 0) {
      w.add(file + ": " + screening.headline());
    }
    return w;
  }
}
