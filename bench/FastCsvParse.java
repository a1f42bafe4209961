import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Reader;

/** FastCSV's side of bench/BareParse.java: rows and a checksum of field lengths. */
public class FastCsvParse {
  public static long[] parse(Reader r) {
    long rows = 0;
    long check = 0;
    for (CsvRecord rec : CsvReader.builder().ofCsvRecord(r)) {
      rows++;
      for (int i = 0; i < rec.getFieldCount(); i++) {
        check += rec.getField(i).length();
      }
    }
    return new long[] {rows, check};
  }
}
