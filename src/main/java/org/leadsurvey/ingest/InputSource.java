package org.leadsurvey.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file to read, or standard input for {@code -}. Decodes UTF-8 by default, honouring a byte
 * order mark (UTF-8 or UTF-16), and reports undecodable bytes instead of replacing them.
 */
public final class InputSource {
  private final String name;
  private final Path path;
  private final InputStream stdin;
  private final Charset encoding;

  private InputSource(String name, Path path, InputStream stdin, Charset encoding) {
    this.name = name;
    this.path = path;
    this.stdin = stdin;
    this.encoding = encoding;
  }

  /**
   * @param arg a path, or {@code -} for standard input
   * @param encoding the file's encoding, or null to use the byte order mark or else UTF-8
   */
  public static InputSource of(String arg, InputStream stdin, Charset encoding) {
    if ("-".equals(arg)) {
      return new InputSource("<stdin>", null, stdin, encoding);
    }
    return new InputSource(arg, Path.of(arg), null, encoding);
  }

  /** How the source is named in messages. */
  public String name() {
    return name;
  }

  /** The path, or null for standard input. */
  public Path path() {
    return path;
  }

  public Charset encoding() {
    return encoding == null ? StandardCharsets.UTF_8 : encoding;
  }

  /** Opens a reader positioned after any byte order mark. */
  public Reader open() throws IOException {
    InputStream raw = path == null ? stdin : Files.newInputStream(path);
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    Charset charset = encoding;
    in.mark(3);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      in.skipNBytes(3);
      charset = charset == null ? StandardCharsets.UTF_8 : charset;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      in.skipNBytes(2);
      charset = StandardCharsets.UTF_16LE;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      in.skipNBytes(2);
      charset = StandardCharsets.UTF_16BE;
    }
    CharsetDecoder decoder = (charset == null ? StandardCharsets.UTF_8 : charset).newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new InputStreamReader(in, decoder);
  }
}
