package org.leadsurvey.stats;

import java.util.List;

/**
 * How often each answer option was given to one item, over the whole organisation (never per
 * team: per-team counts of a small team would come close to showing a person's answers). Counts
 * are of keyed answers, so the highest option is always the favourable end; they cover the same
 * answers as the item's {@link ItemStatistics} ({@code n()} equals {@link ItemStatistics#n()}).
 *
 * @param min the answer option that {@code counts.get(0)} counts
 * @param counts answers per option, from {@code min} upwards
 */
public record ItemFrequency(String item, int min, List<Long> counts) {
  public ItemFrequency {
    counts = List.copyOf(counts);
  }

  /** Answers given to the item. */
  public long n() {
    return counts.stream().mapToLong(Long::longValue).sum();
  }

  /** Answers with keyed value {@code option}. */
  public long count(int option) {
    int i = option - min;
    return i < 0 || i >= counts.size() ? 0 : counts.get(i);
  }

  /** Share of the answers with keyed value {@code option}; NaN without answers. */
  public double share(int option) {
    long n = n();
    return n == 0 ? Double.NaN : (double) count(option) / n;
  }
}
