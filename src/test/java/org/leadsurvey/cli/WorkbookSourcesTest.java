package org.leadsurvey.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks wherever files are read (issue 18): piped in (known by the zip signature, no flag
 * needed), inside folder arguments, under any name; and old binary .xls refused in one line.
 */
class WorkbookSourcesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What an .xls (an OLE2 compound file) starts with. */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};

  @TempDir Path dir;

  private static byte[] plainXlsx() throws IOException {
    return Files.readAllBytes(Path.of(Cli.resource("xlsx/plain.xlsx")));
  }

  private static JsonNode scales(Cli.Result r) throws IOException {
    assertEquals(0, r.code(), r::toString);
    return JSON.readTree(r.out()).get("scales");
  }

  private static Set<Path> stdinCopies() throws IOException {
    try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return s.filter(p -> p.getFileName().toString().startsWith("leadsurvey-stdin"))
          .collect(Collectors.toSet());
    }
  }

  @Test
  void aWorkbookPipedInIsReadLikeTheFile() throws IOException {
    Set<Path> before = stdinCopies();
    JsonNode file = scales(Cli.run("analyze", Cli.resource("xlsx/plain.xlsx"), "-f", "json"));
    assertEquals(file, scales(Cli.withStdin(plainXlsx(), "analyze", "-", "-f", "json")));
    assertEquals(file, scales(Cli.withStdin(plainXlsx(), "analyze", "-f", "json")));
    // Both passes of a screening read the one copy.
    assertEquals(0, Cli.withStdin(plainXlsx(), "analyze", "--screen").code());
    Cli.Result validate = Cli.withStdin(plainXlsx(), "validate");
    assertEquals(0, validate.code(), validate::toString);
    assertTrue(validate.out().contains("encoding xlsx"), validate::toString);
    assertEquals(before, stdinCopies(), "the copy of standard input is deleted after reading");
  }

  @Test
  void aWorkbookIsKnownByItsContentWhateverItsName() throws IOException {
    Path renamed = Files.write(dir.resolve("export.csv"), plainXlsx());
    assertEquals(scales(Cli.run("analyze", Cli.resource("xlsx/plain.xlsx"), "-f", "json")),
        scales(Cli.run("analyze", renamed.toString(), "-f", "json")));
  }

  @Test
  void oldBinaryExcelIsOneClearLine() throws IOException {
    Path xls = Files.write(dir.resolve("export.xls"), OLE2);
    Cli.assertOneLineError(Cli.run("analyze", xls.toString()), xls.toString(),
        "old binary Excel workbook (.xls)", "save it as .xlsx");
    Path misnamed = Files.write(dir.resolve("export.csv"), OLE2);
    Cli.assertOneLineError(Cli.run("analyze", misnamed.toString()), misnamed.toString(),
        "old binary Excel workbook (.xls)");
    Cli.assertOneLineError(Cli.withStdin(OLE2, "analyze", "-"), "<stdin>",
        "old binary Excel workbook (.xls)", "save it as .xlsx");
  }

  @Test
  void foldersHoldWorkbooksToo() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("waves"));
    Files.write(folder.resolve("q1.xlsx"), plainXlsx());
    Files.copy(Path.of(Cli.resource("dialects/plain.csv")), folder.resolve("q2.csv"));
    Files.write(folder.resolve("~$q1.xlsx"), new byte[] {1, 2}); // Excel's lock file: skipped
    Files.write(folder.resolve("old.xls"), OLE2); // not a wave: only .csv and .xlsx are
    Cli.Result trend = Cli.run("trend", folder.toString(), "-f", "json");
    assertEquals(0, trend.code(), trend::toString);
    JsonNode waves = JSON.readTree(trend.out()).get("waves");
    assertEquals(2, waves.size(), trend.out());
    assertEquals(List.of("q1", "q2"), List.of(waves.get(0).get("wave").asText(),
        waves.get(1).get("wave").asText()));

    Path out = dir.resolve("batch");
    Cli.Result batch = Cli.run("analyze", folder.toString(), "--batch", "--output-dir",
        out.toString());
    assertEquals(0, batch.code(), batch::toString);
    assertTrue(Files.isDirectory(out.resolve("q1")) && Files.isDirectory(out.resolve("q2")),
        batch::toString);
  }

  @Test
  void aFolderOfOnlyXlsFilesSaysWhatToDo() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("old"));
    Files.write(folder.resolve("q1.xls"), OLE2);
    Cli.assertOneLineError(Cli.run("trend", folder.toString()), "no .csv or .xlsx files",
        "old binary Excel: save them as .xlsx or CSV");
  }
}
