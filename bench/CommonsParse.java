import java.io.IOException;
import java.io.Reader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Apache Commons CSV's side of bench/BareParse.java (the library analyze used before issue 7). */
public class CommonsParse {
  public static long[] parse(Reader r) throws IOException {
    long rows = 0;
    long check = 0;
    for (CSVRecord rec : CSVParser.parse(r, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build())) {
      rows++;
      for (int i = 0; i < rec.size(); i++) {
        check += rec.get(i).length();
      }
    }
    return new long[] {rows, check};
  }
}
