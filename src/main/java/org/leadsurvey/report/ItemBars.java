package org.leadsurvey.report;

import static org.leadsurvey.report.Html.clip;
import static org.leadsurvey.report.Html.esc;
import static org.leadsurvey.report.Html.num;
import static org.leadsurvey.report.TeamDotPlot.text;

import java.util.List;
import java.util.Locale;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.stats.FavourableRange;
import org.leadsurvey.stats.ItemFrequency;

/**
 * The organisation's answers to each item as a diverging stacked bar with the favourable
 * cut-offs of {@code --favourable}: unfavourable keyed answers go left of the centre line,
 * favourable ones right, the neutral options between are split across it; the shares printed
 * are unfavourable (left), favourable (right) and neutral (last column), the same favourable
 * share as the headline and the team tables. Colours run orange (unfavourable) to purple (favourable), a diverging
 * palette that colour-blind readers can tell apart (ColorBrewer PuOr); the unfavourable side is
 * also hatched and both sides are labelled with their share, so the chart reads printed in
 * black and white.
 */
final class ItemBars {
  private static final int WIDTH = 900;
  private static final double CENTRE = 450;
  private static final double REACH = 330; // px from the centre to the longest bar end
  private static final int ROW = 52;
  private static final int TOP = 64;
  private static final int BAR = 20;

  private ItemBars() {}

  static String svg(Scale scale, List<ItemFrequency> frequencies, FavourableRange favourable,
      String idPrefix, String title) {
    int min = scale.responses().min();
    int options = scale.responses().options();
    int unfavourableTo = favourable.unfavourableTo(min, scale.responses().max());
    int height = TOP + frequencies.size() * ROW + 12;
    String hatch = idPrefix + "-hatch";
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart item-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
        .append(esc(title)).append("</title>\n");
    s.append("<defs><pattern id=\"").append(hatch).append("\" patternUnits=\"userSpaceOnUse\" ")
        .append("width=\"6\" height=\"6\" patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" ")
        .append("x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-opacity=\"0.35\" stroke-width=\"2\"/>")
        .append("</pattern></defs>\n");
    double longest = 0.5;
    for (ItemFrequency f : frequencies) {
      double[] sides = sides(f, min, options, unfavourableTo, favourable.lo());
      longest = Math.max(longest, Math.max(sides[0] + sides[2] / 2, sides[1] + sides[2] / 2));
    }
    double half = REACH / longest; // px for 100% of answers
    legend(s, scale, hatch, favourable);
    s.append(text(WIDTH - 8, 34, "end", "legend-small", "neutral"));
    int bottom = TOP + frequencies.size() * ROW;
    for (int pct = -100; pct <= 100; pct += 25) {
      double gx = CENTRE + pct / 100.0 * half;
      if (Math.abs(gx - CENTRE) > REACH + 1) {
        continue;
      }
      s.append("<line class=\"grid\" x1=\"").append(num(gx)).append("\" x2=\"").append(num(gx))
          .append("\" y1=\"").append(TOP + 16).append("\" y2=\"").append(bottom).append("\"/>");
      s.append(text(gx, bottom + 12, "middle", "tick", Math.abs(pct) + "%"));
    }
    s.append('\n');
    for (int i = 0; i < frequencies.size(); i++) {
      ItemFrequency f = frequencies.get(i);
      Item item = scale.items().stream().filter(it -> it.id().equals(f.item())).findFirst()
          .orElse(new Item(f.item(), "", false, null));
      double y = TOP + i * ROW;
      String label = item.id() + (item.reverse() ? " (R)" : "")
          + (item.text().isBlank() ? "" : ": " + item.text());
      long n = f.n();
      s.append("<g class=\"item-bar\"><title>").append(esc(label)).append(" (")
          .append(n).append(" answers)</title>");
      s.append(text(20, y + 13, "start", "item-label", clip(label, 118)));
      double barY = y + 20;
      // left edge: the unfavourable options and half the neutral ones
      double[] sides = sides(f, min, options, unfavourableTo, favourable.lo());
      double start = CENTRE - (sides[0] + sides[2] / 2) * half;
      double cursor = start;
      for (int o = 0; o < options; o++) {
        int value = min + o;
        long count = f.count(value);
        double share = n == 0 ? 0 : (double) count / n;
        double w = share * half;
        s.append("<rect class=\"item-seg\" x=\"").append(num(cursor)).append("\" y=\"")
            .append(num(barY)).append("\" width=\"").append(num(w)).append("\" height=\"")
            .append(BAR).append("\" fill=\"").append(colour(o, options)).append("\"><title>")
            .append(esc(item.id())).append(", answer ").append(value)
            .append(optionLabel(scale, value, item.reverse())).append(": ").append(count)
            .append(" (").append(percent(share)).append(")</title></rect>");
        if (value <= unfavourableTo && w > 0) {
          s.append("<rect class=\"hatch\" x=\"").append(num(cursor)).append("\" y=\"")
              .append(num(barY)).append("\" width=\"").append(num(w)).append("\" height=\"")
              .append(BAR).append("\" fill=\"url(#").append(hatch).append(")\"/>");
        }
        cursor += w;
      }
      s.append("<line class=\"centre\" x1=\"").append(num(CENTRE)).append("\" x2=\"")
          .append(num(CENTRE)).append("\" y1=\"").append(num(barY - 3)).append("\" y2=\"")
          .append(num(barY + BAR + 3)).append("\"/>");
      s.append(text(start - 6, barY + 15, "end", "share", percent(sides[0])));
      s.append(text(cursor + 6, barY + 15, "start", "share", percent(sides[1])));
      s.append(text(WIDTH - 8, barY + 15, "end", "share neutral", percent(sides[2])));
      s.append("</g>\n");
    }
    s.append("</svg>");
    return s.toString();
  }

  /** Shares of the unfavourable, favourable and neutral answers. */
  static double[] sides(ItemFrequency f, int min, int options, int unfavourableTo,
      int favourableFrom) {
    double[] out = new double[3];
    long n = f.n();
    for (int o = 0; o < options && n > 0; o++) {
      int value = min + o;
      double share = (double) f.count(value) / n;
      out[value <= unfavourableTo ? 0 : value >= favourableFrom ? 1 : 2] += share;
    }
    return out;
  }

  private static void legend(StringBuilder s, Scale scale, String hatch,
      FavourableRange favourable) {
    int options = scale.responses().options();
    double w = Math.min(56, 420.0 / options);
    double x0 = CENTRE - w * options / 2;
    int min = scale.responses().min();
    int unfavourableTo = favourable.unfavourableTo(min, scale.responses().max());
    s.append(text(x0 - 10, 18, "end", "legend", "← unfavourable "
        + (unfavourableTo == min ? min + "" : min + "–" + unfavourableTo)));
    s.append(text(x0 + w * options + 10, 18, "start", "legend", "favourable "
        + (favourable.lo() == favourable.hi() ? favourable.hi() + ""
            : favourable.lo() + "–" + favourable.hi()) + " →"));
    for (int o = 0; o < options; o++) {
      int value = scale.responses().min() + o;
      double x = x0 + o * w;
      s.append("<rect class=\"legend-swatch\" x=\"").append(num(x + 2)).append("\" y=\"6\" width=\"")
          .append(num(w - 4)).append("\" height=\"14\" fill=\"").append(colour(o, options))
          .append("\"/>");
      if (value <= unfavourableTo) {
        s.append("<rect class=\"hatch\" x=\"").append(num(x + 2)).append("\" y=\"6\" width=\"")
            .append(num(w - 4)).append("\" height=\"14\" fill=\"url(#").append(hatch)
            .append(")\"/>");
      }
      s.append(text(x + w / 2, 34, "middle", "legend-small", Integer.toString(value)));
    }
  }

  /** The keyed answer's label, when the instrument has labels (flipped for reverse items). */
  private static String optionLabel(Scale scale, int keyed, boolean reverse) {
    List<String> labels = scale.responses().labels();
    if (labels.isEmpty()) {
      return "";
    }
    int raw = reverse ? scale.responses().min() + scale.responses().max() - keyed : keyed;
    return " (" + (reverse ? "ticked " : "") + labels.get(raw - scale.responses().min()) + ")";
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /** ColorBrewer PuOr: orange, light grey in the middle, purple; {@code o} of {@code n}. */
  static String colour(int o, int n) {
    int[][] stops = {{0xb3, 0x58, 0x06}, {0xf1, 0xa3, 0x40}, {0xdd, 0xdd, 0xdd},
        {0x99, 0x8e, 0xc3}, {0x54, 0x27, 0x88}};
    double t = n == 1 ? 0.5 : (double) o / (n - 1);
    return interpolate(stops, t);
  }

  static String interpolate(int[][] stops, double t) {
    double p = Math.max(0, Math.min(1, t)) * (stops.length - 1);
    int i = Math.min(stops.length - 2, (int) Math.floor(p));
    double f = p - i;
    StringBuilder hex = new StringBuilder("#");
    for (int c = 0; c < 3; c++) {
      int v = (int) Math.round(stops[i][c] + f * (stops[i + 1][c] - stops[i][c]));
      hex.append(String.format(Locale.ROOT, "%02x", v));
    }
    return hex.toString();
  }
}
