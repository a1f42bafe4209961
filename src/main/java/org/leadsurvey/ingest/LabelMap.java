package org.leadsurvey.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leadsurvey.instrument.ResponseScale;

/**
 * Answer labels to values, built once per read: the instrument's own labels, plus the common
 * agree/disagree sets that have exactly as many options as the scale. A label that two sets
 * of that size would give different values is dropped (ambiguous), as is any label that
 * clashes with one of the instrument's own. Lookup is a hash probe on the cell as exported,
 * then on its normalised form (case, surrounding and repeated white space ignored); no regex.
 */
final class LabelMap {
  /** Common agreement scales, lowest option first (Likert 1932; Vagias 2006). */
  static final List<List<String>> COMMON = List.of(
      List.of("Disagree", "Agree"),
      List.of("Strongly disagree", "Disagree", "Agree", "Strongly agree"),
      List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree",
          "Strongly agree"),
      List.of("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"),
      List.of("Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree",
          "Somewhat agree", "Agree", "Strongly agree"),
      List.of("Strongly disagree", "Disagree", "Slightly disagree", "Neither agree nor disagree",
          "Slightly agree", "Agree", "Strongly agree"),
      List.of("Strongly disagree", "Moderately disagree", "Slightly disagree",
          "Neither agree nor disagree", "Slightly agree", "Moderately agree", "Strongly agree"));

  private final Map<String, Double> exact = new HashMap<>();
  private final Map<String, Double> normalised = new HashMap<>();
  private final List<String> own;

  LabelMap(ResponseScale scale) {
    own = scale.labels();
    Map<String, Double> common = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (List<String> set : COMMON) {
      if (set.size() != scale.options()) {
        continue;
      }
      for (int i = 0; i < set.size(); i++) {
        String k = ResponseScale.labelKey(set.get(i));
        Double before = common.putIfAbsent(k, (double) (scale.min() + i));
        if (before != null && before != scale.min() + i) {
          ambiguous.add(k);
        }
      }
    }
    ambiguous.forEach(common::remove);
    for (int i = 0; i < own.size(); i++) {
      String k = ResponseScale.labelKey(own.get(i));
      common.remove(k);
      normalised.put(k, (double) (scale.min() + i));
      exact.put(own.get(i), (double) (scale.min() + i));
    }
    common.forEach(normalised::putIfAbsent);
    for (List<String> set : COMMON) {
      for (String label : set) {
        Double v = normalised.get(ResponseScale.labelKey(label));
        if (v != null) {
          exact.putIfAbsent(label, v);
        }
      }
    }
  }

  /** The value of a label, or NaN when it is none of the known labels. */
  double valueOf(String cell) {
    Double v = exact.get(cell);
    if (v == null) {
      v = normalised.get(ResponseScale.labelKey(cell));
    }
    return v == null ? Double.NaN : v;
  }

  /** The labels to name in an error message. */
  List<String> ownLabels() {
    return own;
  }
}
