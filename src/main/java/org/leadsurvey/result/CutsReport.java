package org.leadsurvey.result;

import java.util.List;

/**
 * The demographic cuts of one scale as they may be published ({@code scales[].cuts} in JSON):
 * one {@link CutResult} per {@code --by} column, and how many groups and cells were hidden only
 * to protect others (secondary suppression). Built only by {@link Disclosure}.
 */
public final class CutsReport {
  private final List<CutResult> cuts;
  private final int hiddenToProtect;
  private final String withheld;

  CutsReport(List<CutResult> cuts, int hiddenToProtect, String withheld) {
    this.cuts = List.copyOf(cuts);
    this.hiddenToProtect = hiddenToProtect;
    this.withheld = withheld;
  }

  public List<CutResult> cuts() {
    return cuts;
  }

  /** Groups and cells of 5 or more (the minimum) hidden so that smaller ones stay hidden. */
  public int hiddenToProtect() {
    return hiddenToProtect;
  }

  /** Why no group is shown (the organisation level is withheld), or null. */
  public String withheld() {
    return withheld;
  }
}
