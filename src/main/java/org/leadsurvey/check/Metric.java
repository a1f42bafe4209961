package org.leadsurvey.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a {@code --check} can test, and at which level it is evaluated. */
public enum Metric {
  ALPHA("alpha", Level.SCALE, "Cronbach's alpha of each scale (in each wave)"),
  OMEGA("omega", Level.SCALE, "McDonald's omega total of each scale"),
  RESPONDENTS("respondents", Level.SCALE, "scored respondents of each scale"),
  ROWS("rows", Level.SCALE, "data rows read (per wave)"),
  ICC1("icc1", Level.SCALE, "ICC(1) of each scale"),
  ICC2("icc2", Level.SCALE, "ICC(2) of each scale"),
  ORG_MEAN("org.mean", Level.ORGANISATION, "the organisation's mean score"),
  ORG_FAVOURABLE("org.favourable", Level.ORGANISATION, "the organisation's favourable share (0..1)"),
  ORG_CHANGE("org.change", Level.ORGANISATION_CHANGE, "change of the organisation's mean between consecutive waves"),
  TEAM_MEAN("team.mean", Level.TEAM, "every reportable team's mean score"),
  TEAM_N("team.n", Level.TEAM, "every reportable team's scored respondents"),
  TEAM_RWG("team.rwg", Level.TEAM, "every reportable team's rwg(j)"),
  TEAM_FAVOURABLE("team.favourable", Level.TEAM, "every reportable team's favourable share (0..1)"),
  TEAM_CHANGE("team.change", Level.TEAM_CHANGE, "change of every team's mean between consecutive waves where both are reportable"),
  GROUP_MEAN("group.mean", Level.GROUP, "every published --by group's mean score"),
  GROUP_GAP("group.gap", Level.GROUP, "every published --by group's gap to the rest of the organisation");

  /** Where a metric's values come from. */
  public enum Level { SCALE, ORGANISATION, TEAM, GROUP, ORGANISATION_CHANGE, TEAM_CHANGE }

  private final String key;
  private final Level level;
  private final String description;

  Metric(String key, Level level, String description) {
    this.key = key;
    this.level = level;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public Level level() {
    return level;
  }

  public String description() {
    return description;
  }

  /** Whether the metric needs two or more waves. */
  public boolean needsWaves() {
    return level == Level.ORGANISATION_CHANGE || level == Level.TEAM_CHANGE;
  }

  public static Optional<Metric> byKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.key.equals(k)).findFirst();
  }

  /** The valid keys, comma separated, for messages and --help. */
  public static String keys() {
    return Arrays.stream(values()).map(Metric::key).collect(Collectors.joining(", "));
  }
}
