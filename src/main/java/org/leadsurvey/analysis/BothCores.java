package org.leadsurvey.analysis;

import java.util.List;
import java.util.function.IntConsumer;
import org.leadsurvey.stats.ReliabilityAnalysis;
import org.leadsurvey.stats.RunningStats;
import org.leadsurvey.stats.ScaleAccumulator;
import org.leadsurvey.stats.ScaleStatistics;
import org.leadsurvey.stats.TeamScore;

/**
 * Two pieces of independent work at once: the second on a new thread, the first on the
 * caller's. For the results of 100,000 teams, where one core would do everything while the
 * other idles. Below {@link #WORTH_A_THREAD} items a thread costs more than it saves, and with
 * one core there is nothing to gain, so both run here, in order.
 */
final class BothCores {
  /** Items (teams) below which the work stays on the caller's thread. */
  static final int WORTH_A_THREAD = 10_000;

  private BothCores() {}

  /** Runs a and b, b on another thread when {@code items} is large; rethrows what b threw. */
  static void run(int items, Runnable a, Runnable b) {
    if (items < WORTH_A_THREAD || Runtime.getRuntime().availableProcessors() < 2) {
      a.run();
      b.run();
      return;
    }
    Throwable[] failure = new Throwable[1];
    Thread other = new Thread(() -> {
      try {
        b.run();
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "leadsurvey-results");
    other.setDaemon(true);
    other.start();
    try {
      a.run();
    } finally {
      join(other);
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
  }

  /** Calls {@code each} for 0 .. n - 1, the two halves on both cores when n is large. */
  static void forEach(int n, IntConsumer each) {
    int half = n / 2;
    run(n, () -> {
      for (int i = 0; i < half; i++) {
        each.accept(i);
      }
    }, () -> {
      for (int i = half; i < n; i++) {
        each.accept(i);
      }
    });
  }

  private static void join(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the results are needed either way; keep the flag for the caller
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * A scale's statistics with many teams on both cores: the teams' scores in two halves while
   * the reliability is computed beside them (the statistics themselves are single-threaded).
   */
  static ScaleStatistics statistics(ScaleAccumulator acc, int minAnswers, boolean hasTeams,
      List<String> names) {
    int[] order = acc.teamOrder(names);
    TeamScore[] scores = new TeamScore[order.length];
    RunningStats[] sums = new RunningStats[order.length];
    ReliabilityAnalysis[][] reliabilities = new ReliabilityAnalysis[1][];
    int half = order.length / 2;
    run(order.length, () -> run(order.length,
        () -> acc.teamScores(order, 0, half, minAnswers, names, scores, sums),
        () -> acc.teamScores(order, half, order.length, minAnswers, names, scores,
            sums)),
        () -> reliabilities[0] = acc.reliabilities(minAnswers));
    return acc.statistics(order, scores, sums, reliabilities[0], minAnswers, hasTeams);
  }
}
