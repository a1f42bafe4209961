package org.leadsurvey.stats;

/**
 * Which keyed answers count as favourable: the options {@code lo..hi}, always ending at the top
 * of the scale (keyed answers put the favourable end there). The same cut-offs mirrored give
 * the unfavourable options {@code min..min + max - lo}; the options between are neutral. One
 * setting used for every favourable share: headline, team tables, item bars, gates, JSON.
 *
 * <p>Conventions ("top-box" reporting): the top two options of a 5- or 7-point scale
 * ({@code 4..5}, {@code 6..7}, the default) or the top three of a 7-point scale
 * ({@code 5..7}, as "agree to any degree").
 */
public record FavourableRange(int lo, int hi) {

  /** The default: the top two options. */
  public static FavourableRange topTwo(int min, int max) {
    return new FavourableRange(max - 1, max);
  }

  /**
   * Why this range cannot be used on a {@code min..max} scale, or null when it can: it must end
   * at {@code max}, and start above the middle so that the unfavourable options mirror it.
   */
  public String problem(int min, int max) {
    if (hi != max) {
      return "must end at the scale's top option " + max + " (answers are keyed so that the top"
          + " is favourable)";
    }
    if (lo > hi || lo < min) {
      return "must lie within the scale " + min + ".." + max;
    }
    if (2 * lo <= min + max) {
      return "must start above the scale's middle (" + ((min + max) / 2.0 + "").replace(".0", "")
          + "), so that the unfavourable options " + min + ".." + (min + max - lo)
          + " do not overlap it";
    }
    return null;
  }

  /**
   * The highest unfavourable option: the range mirrored around the middle (below {@code lo}
   * even on a scale too short to mirror it, such as the top two of three options).
   */
  public int unfavourableTo(int min, int max) {
    return Math.min(min + max - lo, lo - 1);
  }

  @Override
  public String toString() {
    return lo + ".." + hi;
  }
}
