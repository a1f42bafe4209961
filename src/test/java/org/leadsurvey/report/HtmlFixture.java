package org.leadsurvey.report;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.leadsurvey.result.Disclosure;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.InstrumentCatalogue;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.Scale;
import org.leadsurvey.stats.MissingPolicy;
import org.leadsurvey.stats.NamedAccumulator;
import org.leadsurvey.result.AnalysisReport;
import org.leadsurvey.result.ScaleReport;

/**
 * Builds an {@link AnalysisReport} of the oracle data {@code acme-psafety} (42 teams, 4 hidden
 * at minimum group 5: team-01, team-02, team-41, team-42) straight from the stats package, with
 * teams renamed and item texts edited to test escaping.
 */
final class HtmlFixture {
  private HtmlFixture() {}

  static AnalysisReport acme(Map<String, String> renameTeams, UnaryOperator<Item> editItem,
      String fileName, int maxRows) throws Exception {
    Instrument base = InstrumentCatalogue.builtIn("psych-safety");
    List<Item> items = base.items().stream().map(editItem).toList();
    Instrument instrument = new Instrument(base.id(), base.name(), base.citation(),
        base.licence(), base.validated(), base.scale(), items, base.subscales());
    Scale scale = instrument.scales().get(0);
    int min = instrument.scale().min();
    int max = instrument.scale().max();
    NamedAccumulator acc = new NamedAccumulator(scale.itemIds(), min, max, MissingPolicy.PAIRWISE);
    long rows = 0;
    try (InputStream in = HtmlFixture.class.getResourceAsStream("/oracle/acme-psafety/responses.csv");
        CsvReader<NamedCsvRecord> csv = CsvReader.builder()
            .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (NamedCsvRecord r : csv) {
        if (rows == maxRows) {
          break;
        }
        double[] keyed = new double[items.size()];
        for (int i = 0; i < keyed.length; i++) {
          String v = r.getField(items.get(i).id());
          double raw = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
          keyed[i] = instrument.scale().key(raw, items.get(i).reverse());
        }
        acc.add(renameTeams.getOrDefault(r.getField("team"), r.getField("team")), keyed);
        rows++;
      }
    }
    List<ScaleReport> scales = new ArrayList<>();
    scales.add(new ScaleReport(scale, Disclosure.publish(acc.statistics(5, true), 5)));
    return new AnalysisReport("test", List.of(fileName), rows, instrument, 5, scales);
  }
}
