package org.leadsurvey.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.ResponseReader;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.WaveReport;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.NaturalOrder;

/**
 * Several survey waves, read one file each or from one file split by a column. Any bad file
 * stops the run: a trend with a wave missing would mislead.
 */
final class WaveRun {
  private final SurveyAnalysis survey;

  WaveRun(SurveyAnalysis survey) {
    this.survey = survey;
  }

  /** @param names the waves' names, one per file, or null for the files' names */
  List<WaveReport> byFile(List<String> files, List<String> names) throws IOException {
    List<String> waveNames = new ArrayList<>();
    if (names != null) {
      if (names.size() != files.size()) {
        throw UserError.usage("--wave-names gives " + names.size() + " names for "
            + files.size() + " files (" + String.join(", ", files) + ")");
      }
      names.forEach(n -> waveNames.add(n.strip()));
    } else {
      files.forEach(f -> waveNames.add(Inputs.stem(f)));
    }
    checkUnique(waveNames);
    List<WaveReport> out = new ArrayList<>();
    UserError failed = null;
    for (int i = 0; i < files.size(); i++) {
      try {
        out.add(new WaveReport(waveNames.get(i), survey.analyze(files.get(i), null)));
      } catch (UserError e) {
        survey.notices().error(e.getMessage()); // every bad file is said, then the run stops
        failed = failed == null ? e : failed;
      }
    }
    if (failed != null) {
      throw UserError.reported();
    }
    return out;
  }

  /**
   * @param column the column that says which wave a row is in
   * @param names the column's values in the order to compare, or null for natural order
   */
  List<WaveReport> byColumn(String file, String column, List<String> names) {
    SurveySettings settings = survey.settings();
    ResponseReader.Options read = survey.read();
    if (read.includeUnfinished() || settings.missing() != MissingPolicy.PAIRWISE) {
      throw UserError.usage("--wave COLUMN reads every wave in one pass, without the second"
          + " one that --missing listwise and --include-unfinished need to keep results"
          + " private: give one file per wave instead");
    }
    InputSource source = survey.source(file);
    Analysis.WaveResults o = Analysis.runByWave(source, survey.instrument(), settings, read,
        column, survey.progress());
    survey.checkRead(source, o.summary());
    Map<String, Analysis.Part> parts = new LinkedHashMap<>();
    o.parts().forEach(p -> parts.put(p.wave(), p));
    List<String> order;
    if (names != null) {
      order = names.stream().map(String::strip).toList();
      checkUnique(order);
      for (String value : parts.keySet()) {
        if (!order.contains(value)) {
          throw UserError.input(source.name() + ": column " + column + " has the value '"
              + value + "', which --wave-names does not list (it lists "
              + String.join(", ", order) + ")");
        }
      }
      for (String name : order) {
        if (!parts.containsKey(name)) {
          throw UserError.input(source.name() + ": no rows with " + column + " = '" + name
              + "' (named in --wave-names); the column has " + String.join(", ",
              parts.keySet()));
        }
      }
    } else {
      order = new ArrayList<>(parts.keySet());
      order.sort(NaturalOrder.INSTANCE);
    }
    List<WaveReport> out = new ArrayList<>();
    for (String name : order) {
      Analysis.Part p = parts.get(name);
      out.add(new WaveReport(name, new AnalysisReport(survey.toolVersion(),
          List.of(source.name()), p.rows(), survey.instrument(), settings.minGroup(),
          p.scales())));
    }
    return out;
  }

  private static void checkUnique(List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (n.isEmpty()) {
        throw UserError.usage("--wave-names: a wave name is empty");
      }
      if (!seen.add(WaveReport.folderName(n).toLowerCase(Locale.ROOT))) {
        throw UserError.usage("two waves would be named '" + n + "': name them with"
            + " --wave-names");
      }
    }
  }
}
