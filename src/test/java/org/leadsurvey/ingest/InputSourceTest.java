package org.leadsurvey.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSourceTest {
  @TempDir Path tmp;

  private String read(byte[] bytes) throws IOException {
    Path f = tmp.resolve("f.csv");
    Files.write(f, bytes);
    try (Reader r = InputSource.of(f.toString(), null, null).open()) {
      StringBuilder s = new StringBuilder();
      for (int c; (c = r.read()) >= 0; ) {
        s.append((char) c);
      }
      return s.toString();
    }
  }

  @Test
  void byteOrderMarksChooseTheEncodingAndAreDropped() throws IOException {
    String text = "team,PS1\nÉquipe,1\n";
    assertEquals(text, read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text.getBytes(StandardCharsets.UTF_8))));
    assertEquals(text, read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        text.getBytes(StandardCharsets.UTF_16LE))));
    assertEquals(text, read(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        text.getBytes(StandardCharsets.UTF_16BE))));
    assertEquals(text, read(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void dashIsStandardInput() throws IOException {
    InputSource s = InputSource.of("-", new ByteArrayInputStream("a,b\n".getBytes(StandardCharsets.UTF_8)), null);
    assertEquals("<stdin>", s.name());
    try (Reader r = s.open()) {
      assertEquals('a', r.read());
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
