package org.leadsurvey.result;

import java.util.List;
import org.leadsurvey.stats.Aggregation;
import org.leadsurvey.stats.FavourableRange;
import org.leadsurvey.stats.ItemFrequency;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.MultilevelReliability;
import org.leadsurvey.stats.ReliabilityAnalysis;
import org.leadsurvey.stats.TeamScore;

/**
 * What may be published of one scale: built only by {@link Disclosure}, so a renderer can never
 * hold a figure that rests on fewer than the minimum group size. Hidden teams carry no numbers;
 * when the organisation-level figures are withheld ({@link #shown()} false), so are the
 * respondent counts, the reliability, the item statistics and the answer frequencies.
 */
public final class ScaleResult {
  private final List<String> items;
  private final MissingPolicy missing;
  private final long rows;
  private final long scored;
  private final long complete;
  private final ReliabilityAnalysis reliability;
  private final ReliabilityAnalysis completeCases;
  private final List<String> hiddenItems;
  private final Aggregation aggregation;
  private final TeamScore organisation;
  private final List<TeamResult> teams;
  private final List<String> warnings;
  private final List<ItemFrequency> frequencies;
  private final String withheld;
  private final FavourableRange favourable;
  private final MultilevelReliability multilevel;

  ScaleResult(List<String> items, MissingPolicy missing, long rows, long scored, long complete,
      ReliabilityAnalysis reliability, ReliabilityAnalysis completeCases,
      List<String> hiddenItems, Aggregation aggregation, TeamScore organisation,
      List<TeamResult> teams, List<String> warnings, List<ItemFrequency> frequencies,
      String withheld, FavourableRange favourable, MultilevelReliability multilevel) {
    this.items = List.copyOf(items);
    this.missing = missing;
    this.rows = rows;
    this.scored = scored;
    this.complete = complete;
    this.reliability = reliability;
    this.completeCases = completeCases;
    this.hiddenItems = List.copyOf(hiddenItems);
    this.aggregation = aggregation;
    this.organisation = organisation;
    this.teams = List.copyOf(teams);
    this.warnings = List.copyOf(warnings);
    this.frequencies = List.copyOf(frequencies);
    this.withheld = withheld;
    this.favourable = favourable;
    this.multilevel = multilevel;
  }

  /**
   * Omega within and between teams over the reported teams; null when the reliability is
   * withheld, without teams, or with fewer than two reported teams.
   */
  public MultilevelReliability multilevel() {
    return multilevel;
  }

  /** The keyed options counted in every favourable share of this scale. */
  public FavourableRange favourable() {
    return favourable;
  }

  /** The scale's item ids, in order. */
  public List<String> items() {
    return items;
  }

  public MissingPolicy missing() {
    return missing;
  }

  /** Rows read. */
  public long rows() {
    return rows;
  }

  /** Whether the organisation-level figures are published. */
  public boolean shown() {
    return withheld == null;
  }

  /** Why the organisation-level figures are withheld; null when they are shown. */
  public String withheld() {
    return withheld;
  }

  /** People with a score; -1 when withheld. */
  public long scored() {
    return scored;
  }

  /** Rows that answered every item; -1 when withheld. */
  public long complete() {
    return complete;
  }

  /**
   * Reliability per the missing-data policy, over the items in {@link ReliabilityAnalysis#items()}
   * (those answered by at least the minimum group size); null when withheld.
   */
  public ReliabilityAnalysis reliability() {
    return reliability;
  }

  /** Reliability on complete rows only; null when withheld (or too few complete rows). */
  public ReliabilityAnalysis completeCases() {
    return completeCases;
  }

  /** Items answered by fewer than the minimum group size: no figure of theirs is published. */
  public List<String> hiddenItems() {
    return hiddenItems;
  }

  /** Differences between teams, over the shown teams only; null without a team column. */
  public Aggregation aggregation() {
    return aggregation;
  }

  /** The organisation's score; null when withheld. */
  public TeamScore organisation() {
    return organisation;
  }

  /** Every team, shown or hidden, in display order. */
  public List<TeamResult> teams() {
    return teams;
  }

  /** Plain-language findings worth a reader's attention, from published figures only. */
  public List<String> warnings() {
    return warnings;
  }

  /** The organisation's answer counts of the shown items, in item order; empty when withheld. */
  public List<ItemFrequency> frequencies() {
    return frequencies;
  }

  public long hiddenTeams() {
    return teams.stream().filter(t -> t instanceof TeamResult.Hidden).count();
  }
}
