import java.io.BufferedInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The floor for analyze: read a CSV and touch every field, nothing else. Run with the shaded
 * leadsurvey jar (Commons CSV); for "fastcsv", compile bench/FastCsvParse.java against the
 * FastCSV jar (de.siegmar:fastcsv) and put both on the class path:
 *   javac -d classes -cp target/leadsurvey.jar:fastcsv.jar bench/BareParse.java bench/FastCsvParse.java
 *   java -cp classes:target/leadsurvey.jar:fastcsv.jar BareParse commons|fastcsv|hand FILE
 * Prints rows and a checksum so the JIT cannot skip the work.
 */
public class BareParse {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path file = Path.of(args[1]);
    long rows = 0;
    long check = 0;
    try (Reader r = new InputStreamReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16),
        StandardCharsets.UTF_8)) {
      switch (mode) {
        case "commons" -> {
          CSVParser p = CSVParser.parse(r, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build());
          for (CSVRecord rec : p) {
            rows++;
            for (int i = 0; i < rec.size(); i++) {
              check += rec.get(i).length();
            }
          }
        }
        case "fastcsv" -> {
          // Compiled apart (bench/FastCsvParse.java) so this file needs only the leadsurvey jar.
          long[] result = (long[]) Class.forName("FastCsvParse").getMethod("parse", Reader.class)
              .invoke(null, r);
          rows = result[0];
          check = result[1];
        }
        case "hand" -> {
          // Minimal RFC 4180 reader: quotes, doubled quotes, CRLF; fields as Strings.
          char[] buf = new char[1 << 16];
          StringBuilder field = new StringBuilder();
          boolean quoted = false;
          boolean afterQuote = false;
          int fields = 0;
          int n;
          while ((n = r.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
              char c = buf[i];
              if (quoted) {
                if (c == '"') {
                  quoted = false;
                  afterQuote = true;
                } else {
                  field.append(c);
                }
              } else if (c == '"') {
                if (afterQuote) {
                  field.append('"');
                }
                quoted = true;
                afterQuote = false;
              } else if (c == ',' || c == '\n') {
                check += field.toString().length();
                field.setLength(0);
                fields++;
                afterQuote = false;
                if (c == '\n') {
                  rows++;
                  fields = 0;
                }
              } else if (c != '\r') {
                field.append(c);
                afterQuote = false;
              }
            }
          }
        }
        default -> throw new IllegalArgumentException("mode: commons, fastcsv or hand");
      }
    }
    System.out.println(mode + " rows " + rows + " check " + check);
  }
}
