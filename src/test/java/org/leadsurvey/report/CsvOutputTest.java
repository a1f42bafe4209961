package org.leadsurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSV output must not change when the writer moved from Commons CSV to FastCSV (issue 7). Every
 * expected line below is what Commons CSV 1.12.0 wrote for the same values with
 * {@code CSVFormat.DEFAULT} (record separator set to the platform's), printed with
 * {@code new CSVPrinter(w, format).printRecord(values)} before the switch; "\n" here stands for
 * the platform line separator.
 */
class CsvOutputTest {
  private static final String NL = System.lineSeparator();

  static Stream<Arguments> commonsCsvDefault() {
    return Stream.of(
        Arguments.of("nothing to quote",
            row("plain", "two words", "-1.5", "$x", "a#b"), "plain,two words,-1.5,$x,a#b"),
        Arguments.of("comma, quote, LF are quoted, quotes doubled; CR escaped (issue 17)",
            row("a,b", "say \"hi\"", "line\nbreak", "cr\rhere"),
            "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",cr\\u000Dhere"),
        Arguments.of("first char up to '#' or last char up to space is quoted, anywhere in row",
            row(" lead", "!bang", "#hash", "\"quoted\"", "\tTab", "trail ", "trail\t", "x!"),
            "\" lead\",\"!bang\",\"#hash\",\"\"\"quoted\"\"\",'\tTab,\"trail \",\"trail\t\",x!"),
        Arguments.of("text a spreadsheet would run as a formula gets a ' (issue 17), numbers not",
            row("=1+1", "+1", "-2+3", "@SUM(A1)", "-1.5", "-2", "1.5E-7", "-4.2E-12", "a=b"),
            "'=1+1,'+1,'-2+3,'@SUM(A1),-1.5,-2,1.5E-7,-4.2E-12,a=b"),
        Arguments.of("control characters are escaped (issue 17)",
            row("\u001b]0;x\u0007", "rtl\u202e"), "\\u001B]0;x\\u0007,rtl\\u202E"),
        Arguments.of("empty string quoted only in the first column",
            row("", "", "x", ""), "\"\",,x,"),
        Arguments.of("null is written as nothing, even first", row(null, "x", null), ",x,"),
        Arguments.of("numbers and booleans via toString",
            row(1, -2.5, true, false, 3L), "1,-2.5,true,false,3"),
        Arguments.of("non-ASCII text is not quoted",
            row("Sécurité ☃", "–", "é,"), "Sécurité ☃,–,\"é,\""),
        Arguments.of("a row of one empty string is not an empty line", row(""), "\"\""),
        Arguments.of("a row of one null is an empty line", row((Object) null), ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commonsCsvDefault")
  void writesWhatCommonsCsvDefaultWrote(String what, Object[] values, String expected) {
    StringWriter w = new StringWriter();
    CsvOutput.to(w).row(values).flush();
    assertEquals(expected + NL, w.toString());
    StringWriter fromList = new StringWriter();
    CsvOutput.to(fromList).row(Arrays.asList(values)).flush();
    assertEquals(expected + NL, fromList.toString(), "same row given as a list");
  }

  @Test
  void rowsFollowEachOtherWithThePlatformSeparatorAndFlushReachesTheWriter() {
    StringWriter w = new StringWriter();
    CsvOutput out = CsvOutput.to(w);
    out.row(List.of("team", "n")).row("Design", 6);
    for (int i = 0; i < 5000; i++) {
      out.row("t" + i, i);
    }
    out.flush();
    String[] lines = w.toString().split(NL, -1);
    assertEquals(5003, lines.length);
    assertEquals("team,n", lines[0]);
    assertEquals("Design,6", lines[1]);
    assertEquals("t4999,4999", lines[5001]);
    assertEquals("", lines[5002], "the last record ends with a separator too");
  }

  private static Object[] row(Object... values) {
    return values;
  }
}
