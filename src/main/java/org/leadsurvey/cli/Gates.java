package org.leadsurvey.cli;

import java.util.ArrayList;
import java.util.List;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.check.Check;
import org.leadsurvey.check.Verdict;
import org.leadsurvey.result.TrendReport;
import org.leadsurvey.result.WaveReport;

/** {@code --check}: parsing (usage errors) and reporting failures on stderr as an exit code. */
final class Gates {
  private Gates() {}

  /** Parses every expression; an unknown metric or bad syntax is a usage error. */
  static List<Check> parse(List<String> expressions, boolean waves) {
    List<Check> checks = new ArrayList<>();
    if (expressions == null) {
      return checks;
    }
    for (String e : expressions) {
      Check c;
      try {
        c = Check.parse(e);
      } catch (IllegalArgumentException ex) {
        throw UserError.usage(ex.getMessage());
      }
      if (c.metric().needsWaves() && !waves) {
        throw UserError.usage("--check '" + e + "': "
            + c.metric().key() + " compares waves: give two or more files, a folder, or --wave");
      }
      checks.add(c);
    }
    return checks;
  }

  /**
   * Evaluates the checks, lists every failure on stderr and returns OK or FINDINGS.
   *
   * @param prefix put before each failure (e.g. the file in a batch), or ""
   */
  static int apply(Context ctx, List<Check> checks, List<WaveReport> waves, TrendReport trend,
      String prefix) {
    if (checks.isEmpty()) {
      return ExitCode.OK;
    }
    Verdict verdict = Verdict.evaluate(checks, waves, trend);
    for (Check c : verdict.vacuous()) {
      ctx.warn(prefix + "--check '" + c.text() + "': nothing to check (no reportable value)");
    }
    for (Verdict.Failure f : verdict.failures()) {
      ctx.error(prefix + f);
    }
    if (!verdict.passed()) {
      ctx.error(prefix + verdict.failures().size() + " of " + verdict.evaluated()
          + " checked values failed " + checks.size() + (checks.size() == 1 ? " check" : " checks"));
      return ExitCode.FINDINGS;
    }
    return ExitCode.OK;
  }
}
