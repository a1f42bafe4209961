import de.siegmar.fastcsv.reader.CsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.RecordType;
import java.io.BufferedInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for analyze: read a CSV and touch every field, nothing else. Compile and run with
 * the shaded leadsurvey jar, which holds FastCSV:
 *   javac -d classes -cp target/leadsurvey.jar bench/BareParse.java
 *   java -cp classes:target/leadsurvey.jar BareParse fastcsv|fastcsv-fields|hand FILE
 * fastcsv: every record as FastCSV's CsvRecord (a String per field), the library's usual API.
 * fastcsv-fields: FastCSV's callback handler, which sees each field as a char range and makes
 * no Strings (the API analyze reads with). hand: a minimal RFC 4180 reader, a String per field.
 * commons: Apache Commons CSV, when bench/CommonsParse.java is compiled against its jar and on
 * the class path (bench/run.sh does that when the jar is in the local Maven repository).
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
        case "fastcsv" -> {
          for (CsvRecord rec : CsvReader.builder().ofCsvRecord(r)) {
            rows++;
            for (int i = 0; i < rec.getFieldCount(); i++) {
              check += rec.getField(i).length();
            }
          }
        }
        case "fastcsv-fields" -> {
          Fields fields = new Fields();
          for (Object ignored : CsvReader.builder().build(fields, r)) {
            // the handler counts as the parser goes
          }
          rows = fields.rows;
          check = fields.check;
        }
        case "commons" -> {
          // Compiled apart (bench/CommonsParse.java) so this file needs only the leadsurvey jar.
          long[] result = (long[]) Class.forName("CommonsParse").getMethod("parse", Reader.class)
              .invoke(null, r);
          rows = result[0];
          check = result[1];
        }
        case "hand" -> {
          char[] buf = new char[1 << 16];
          StringBuilder field = new StringBuilder();
          boolean quoted = false;
          boolean afterQuote = false;
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
                afterQuote = false;
                if (c == '\n') {
                  rows++;
                }
              } else if (c != '\r') {
                field.append(c);
                afterQuote = false;
              }
            }
          }
        }
        default -> throw new IllegalArgumentException("mode: fastcsv, fastcsv-fields, commons or hand");
      }
    }
    System.out.println(mode + " rows " + rows + " check " + check);
  }

  /** Counts records and field lengths from the parser's char ranges. */
  static final class Fields extends CsvCallbackHandler<Object> {
    long rows;
    long check;
    int fields;
    boolean empty;

    @Override
    protected RecordType getRecordType() {
      return empty ? RecordType.EMPTY : RecordType.DATA;
    }

    @Override
    protected int getFieldCount() {
      return fields;
    }

    @Override
    protected void beginRecord(long line) {
      fields = 0;
      empty = false;
    }

    @Override
    protected void addField(char[] buf, int off, int len, boolean quoted) {
      fields++;
      check += len;
    }

    @Override
    protected void setComment(char[] buf, int off, int len) {}

    @Override
    protected void setEmpty() {
      empty = true;
    }

    @Override
    protected Object buildRecord() {
      rows++;
      return null; // nothing to hand back: the reader goes straight on
    }
  }
}
