package org.leadsurvey.analysis;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.WaveReport;

/**
 * {@code analyze --batch}: every file is its own survey (not a wave), analysed and handed to a
 * {@link SurveyAnalysis.BatchSink} with a folder name of its own; a bad file is reported in one
 * line and skipped, and the others still go on.
 */
final class Batch {
  private Batch() {}

  /** @return how many files failed */
  static int run(SurveyAnalysis survey, List<String> files, SurveyAnalysis.BatchSink sink)
      throws IOException {
    Set<String> folders = new HashSet<>();
    int failed = 0;
    for (String file : files) {
      String folder = WaveReport.folderName(Inputs.stem(file));
      String base = folder;
      for (int i = 2; !folders.add(folder.toLowerCase(Locale.ROOT)); i++) {
        folder = base + "-" + i; // same file name in two folders
      }
      AnalysisReport report;
      try {
        report = survey.analyze(file, null);
      } catch (UserError e) {
        failed++;
        survey.notices().error(e.getMessage() + " (skipped)");
        sink.failed(survey.source(file).name(), e.getMessage());
        continue;
      }
      sink.done(report.files().get(0), folder, report);
    }
    return failed;
  }
}
