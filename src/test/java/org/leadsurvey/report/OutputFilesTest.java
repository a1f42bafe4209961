package org.leadsurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
  @TempDir Path tmp;

  @Test
  void newFilesAreReadableLikeAnyOtherAndReplacedFilesKeepTheirPermissions() throws IOException {
    Path f = tmp.resolve("out.csv");
    OutputFiles.writeAtomically(f, w -> w.write("a\n"));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
    OutputFiles.writeAtomically(f, w -> w.write("b\n"));
    assertEquals("b\n", Files.readString(f));
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path f = tmp.resolve("out.csv");
    Files.writeString(f, "old\n");
    assertThrows(IOException.class, () -> OutputFiles.writeAtomically(f, w -> {
      w.write("half");
      throw new IOException("disk full");
    }));
    assertEquals("old\n", Files.readString(f));
    try (var files = Files.list(tmp)) {
      assertEquals(1, files.count());
    }
  }
}
