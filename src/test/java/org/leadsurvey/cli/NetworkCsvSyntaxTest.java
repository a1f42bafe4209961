package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CSV syntax in peer-rating and roster files: quoting mistakes get the one-line error they got
 * with Commons CSV (FastCSV reads an unclosed quote to the end of the file without complaint,
 * so the readers detect it themselves), and line numbers are physical lines of the file.
 */
class NetworkCsvSyntaxTest {
  static final String HEADER = "team,rater,ratee,rating\n";
  static final String GOOD = "t,a,b,4\n";
  static final String UNCLOSED = "a quoted field is never closed (an unmatched \" in the file)";

  @TempDir Path tmp;

  private Cli.Result network(String content, String... extra) throws IOException {
    return Cli.onFile(tmp.resolve("ratings.csv"), content, "network", List.of("--min-group", "1"),
        extra);
  }

  static Stream<Arguments> badQuoting() {
    return Stream.of(
        Arguments.of("unclosed last field", HEADER + GOOD + "t,b,a,\"4\n", "ratings.csv:3: " + UNCLOSED),
        Arguments.of("unclosed, no final line break", HEADER + GOOD + "t,b,a,\"4",
            "ratings.csv:3: " + UNCLOSED),
        Arguments.of("unclosed, escaped quote at the end", HEADER + GOOD + "t,b,a,\"4\"\"\n",
            "ratings.csv:3: " + UNCLOSED),
        Arguments.of("unclosed mid-row swallows the rest", HEADER + GOOD + "t,\"b,a,4\nt,c,a,3\n",
            "ratings.csv:3: " + UNCLOSED),
        Arguments.of("unclosed in the header", "team,rater,ratee,\"rating\n" + GOOD,
            "ratings.csv:1: " + UNCLOSED),
        Arguments.of("unclosed after a multi-line field", HEADER + "t,\"a\nx\",b,4\nt,b,\"a,3\n",
            "ratings.csv:4: " + UNCLOSED),
        Arguments.of("character after closing quote", HEADER + GOOD + "t,\"b\"x,a,4\n",
            "ratings.csv:3: malformed CSV: a character follows a closing quote"),
        Arguments.of("character after closing quote, after an empty line",
            HEADER + GOOD + "\nt,b,a,3\nt,c,\"a\";,2\n",
            "ratings.csv:5: malformed CSV: a character follows a closing quote"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQuoting")
  void badQuotingIsOneLineNamingTheRecordsFirstLine(String what, String content, String message)
      throws IOException {
    Cli.assertOneLineError(network(content), message);
  }

  static Stream<Arguments> lineNumbers() {
    return Stream.of(
        Arguments.of("empty lines are skipped but counted", HEADER + "\n" + GOOD + "\n\nt,b,a,6\n",
            "ratings.csv:6: column 4 (rating): rating \"6\" is outside the scale"),
        Arguments.of("CRLF line ends", (HEADER + GOOD + "t,b,a,6\n").replace("\n", "\r\n"),
            "ratings.csv:3: column 4 (rating): rating \"6\""),
        Arguments.of("a quoted line break counts as a line", HEADER + "t,\"a\nx\",b,4\nt,b,a,6\n",
            "ratings.csv:4: column 4 (rating): rating \"6\""),
        Arguments.of("byte order mark before the header", "\uFEFF" + HEADER + GOOD + "t,b,a,6\n",
            "ratings.csv:3: column 4 (rating): rating \"6\""),
        Arguments.of("ragged after empty lines", HEADER + GOOD + "\n\nt,b,a,3,9\n",
            "ratings.csv:5: the row has 5 fields but the header has 4"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineNumbers")
  void errorsNameThePhysicalLine(String what, String content, String message) throws IOException {
    Cli.assertOneLineError(network(content), message);
  }

  @Test
  void quotedFieldsThatCloseAreFine() throws IOException {
    // Quoted names with a comma, an escaped quote and a final quoted field with no line break:
    // none of them is an unclosed quote.
    String csv = HEADER + "\"t\",\"Smith, Jo\",\"O\"\"Neil\",\"4\"\n"
        + "t,\"O\"\"Neil\",\"Smith, Jo\",\"3\"";
    Cli.Result r = network(csv, "-f", "json");
    assertEquals(0, r.code(), r::toString);
    // Nothing but the warning that --min-group 1 (which these tests use) earns since issue 17.
    assertEquals("", r.err().replaceAll("leadsurvey: warning: --min-group 1 .*\\R", ""));
  }

  @Test
  void quotedLineBreakInTheLastFieldThatClosesIsFine() throws IOException {
    Path roster = tmp.resolve("roster.csv");
    Files.writeString(roster, "team,person\nt,a\nt,\"b\nc\"\n");
    Cli.Result r = network(HEADER + "t,a,\"b\nc\",4\n", "--roster", roster.toString(), "-f", "json");
    assertEquals(0, r.code(), r::toString);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', textBlock = """
      team,person\\nt,a\\nt,"b\\n      | roster.csv:3: UNCLOSED                                            | unclosed quote
      team,person\\nt,a\\nt,"b"c\\n   | roster.csv:3: malformed CSV: a character follows a closing quote | character after a closing quote
      team,person\\nt,a\\n\\nt,b,x\\n | roster.csv:4: the row has 3 fields but the header has 2          | ragged row after an empty line
      """)
  void rosterSyntaxErrors(String content, String expected, String what) throws IOException {
    Path roster = tmp.resolve("roster.csv");
    Files.writeString(roster, content.replace("\\n", "\n"));
    Cli.assertOneLineError(network(HEADER + GOOD, "--roster", roster.toString()),
        expected.replace("UNCLOSED", UNCLOSED));
  }

  @Test
  void utf16RosterWithByteOrderMark() throws IOException {
    Path roster = tmp.resolve("roster.csv");
    Files.write(roster, "\uFEFFteam,person\nt,a\nt,b\n".getBytes(StandardCharsets.UTF_16LE));
    Cli.Result r = network(HEADER + GOOD, "--roster", roster.toString(), "-f", "json");
    assertEquals(0, r.code(), r::toString);
  }
}
