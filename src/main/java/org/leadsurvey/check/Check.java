package org.leadsurvey.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code --check} expression, {@code METRIC OP NUMBER}, e.g. {@code team.mean >= 4.5}.
 * OP is one of {@code >= > <= < == !=}; {@code ==} and {@code !=} allow a rounding tolerance of
 * 1e-9.
 */
public record Check(String text, Metric metric, Op op, double threshold) {
  private static final Pattern SYNTAX = Pattern.compile(
      "\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*(>=|<=|==|!=|>|<)\\s*(\\S+)\\s*");

  /** A comparison operator. */
  public enum Op {
    GE(">="), GT(">"), LE("<="), LT("<"), EQ("=="), NE("!=");

    private final String symbol;

    Op(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    boolean test(double value, double threshold) {
      return switch (this) {
        case GE -> value >= threshold;
        case GT -> value > threshold;
        case LE -> value <= threshold;
        case LT -> value < threshold;
        case EQ -> Math.abs(value - threshold) <= 1e-9;
        case NE -> Math.abs(value - threshold) > 1e-9;
      };
    }

    static Op of(String symbol) {
      for (Op o : values()) {
        if (o.symbol.equals(symbol)) {
          return o;
        }
      }
      throw new IllegalArgumentException(symbol);
    }
  }

  /**
   * Parses an expression.
   *
   * @throws IllegalArgumentException with a message for the user (a usage error)
   */
  public static Check parse(String text) {
    Matcher m = SYNTAX.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("--check '" + text + "': expected METRIC OP NUMBER,"
          + " e.g. 'alpha >= 0.7', with OP one of >= > <= < == !=");
    }
    Metric metric = Metric.byKey(m.group(1)).orElseThrow(() -> new IllegalArgumentException(
        "--check '" + text + "': unknown metric '" + m.group(1) + "'; valid metrics: "
            + Metric.keys()));
    double threshold;
    try {
      threshold = Double.parseDouble(m.group(3));
    } catch (NumberFormatException e) {
      threshold = Double.NaN;
    }
    if (Double.isNaN(threshold) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("--check '" + text + "': '" + m.group(3)
          + "' is not a number");
    }
    return new Check(text.strip(), metric, Op.of(m.group(2)), threshold);
  }

  /** Whether a value passes; an undefined value (NaN) never does. */
  public boolean passes(double value) {
    return !Double.isNaN(value) && op.test(value, threshold);
  }
}
