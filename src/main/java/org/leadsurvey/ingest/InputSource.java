package org.leadsurvey.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.leadsurvey.io.InputFiles;
import org.leadsurvey.io.RunInputs;
import org.leadsurvey.io.TempFiles;

/**
 * A file to read, or standard input for {@code -}. Without an explicit encoding it honours a
 * byte order mark (UTF-8, UTF-16 LE/BE as Excel's "Unicode text" writes), recognises UTF-16
 * without one, and otherwise reads UTF-8, falling back to Windows-1252 (with a warning) when the
 * first block of the input is not valid UTF-8. Only that first block (64 KiB) is buffered for
 * detection, so standard input streams too. Undecodable bytes later on become U+FFFD, which
 * the reader reports as an error at the line and column where it matters (an answer or the
 * team); columns that are never used are never complained about.
 */
public final class InputSource {
  /** Bytes looked at to choose an encoding. */
  static final int DETECTION_BLOCK = 1 << 16;
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** A zip's local file header: how every .xlsx starts. */
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  /** An OLE2 compound file: how an old binary Excel workbook (.xls) starts. */
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private final String name;
  private Path path;
  private InputStream stdin;
  /** Standard input copied to a file because it is a workbook, or null. */
  private Path workbookCopy;
  private final Charset encoding;
  /** Bytes read since the last {@link #open}, for progress (read on another thread). */
  private final AtomicLong bytesRead =
      new AtomicLong();
  private Charset used;
  private String encodingNote;

  private InputSource(String name, Path path, InputStream stdin, Charset encoding) {
    this.name = name;
    this.path = path;
    this.stdin = stdin;
    this.encoding = encoding;
  }

  /**
   * @param arg a path, or {@code -} for standard input
   * @param encoding the file's encoding, or null to detect it
   */
  public static InputSource of(String arg, InputStream stdin, Charset encoding) {
    if ("-".equals(arg)) {
      return new InputSource("<stdin>", null, stdin, encoding);
    }
    Path path = Path.of(arg);
    RunInputs.add(path);
    return new InputSource(arg, path, null, encoding);
  }

  /**
   * A source that can be read twice: itself for a file; for standard input, a copy of it in
   * {@code spool} (a temporary file the caller deletes), still named {@code <stdin>}.
   */
  public InputSource replayable(Path spool) throws IOException {
    if (InputFiles.isReplayable(path)) {
      return this;
    }
    // Into the file as created (owner-only): Files.copy would replace it with a new one
    // that the umask makes readable by all.
    try (InputStream in = path == null ? stdin : InputFiles.open(path);
        OutputStream out = Files.newOutputStream(spool,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      in.transferTo(out);
    }
    return new InputSource(name, spool, null, encoding);
  }

  /** Whether this is standard input (a second read needs {@link #replayable}). */
  public boolean isStdin() {
    return path == null;
  }

  /**
   * For a second read, an owner-only temporary file to copy the input into (deleted when the
   * run ends, however it ends), or null when the input is a regular file that can be read again.
   */
  public Path spool() throws IOException {
    return InputFiles.isReplayable(path) ? null
        : TempFiles.create(null, "leadsurvey-stdin", ".csv");
  }

  /**
   * The workbook to read, or null when this is text. A file is a workbook by its name
   * ({@code .xlsx}) or, when it is a regular file, by its first bytes (a zip); standard input
   * by its first bytes alone (nothing to name it), and is then copied to an owner-only
   * temporary file, as a zip is read from its end ({@link #release} deletes it).
   */
  public Path workbook() throws IOException {
    if (path != null) {
      boolean named = WorkbookRows.isWorkbook(path);
      return named || Files.isRegularFile(path) && startsWith(path, ZIP) ? path : null;
    }
    if (!startsWith(peek(), ZIP)) {
      return null;
    }
    workbookCopy = TempFiles.create(null, "leadsurvey-stdin", ".xlsx");
    try (OutputStream out = Files.newOutputStream(workbookCopy,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      stdin.transferTo(out);
    }
    path = workbookCopy;
    return path;
  }

  /**
   * Whether this is an old binary Excel workbook (.xls), which is not read: by its name, or by
   * its first bytes (an OLE2 file) for a regular file or standard input.
   */
  public boolean isOldExcel() throws IOException {
    if (path == null) {
      return startsWith(peek(), OLE2);
    }
    String file = path.getFileName() == null ? "" : path.getFileName().toString();
    return Files.exists(path) && file.toLowerCase(Locale.ROOT).endsWith(".xls")
        || Files.isRegularFile(path) && startsWith(path, OLE2);
  }

  /** Deletes the copy {@link #workbook} made of standard input, once it has been read. */
  public void release() throws IOException {
    if (workbookCopy != null) {
      TempFiles.delete(workbookCopy);
      workbookCopy = null;
    }
  }

  /** The first bytes of standard input, left to be read again. */
  private byte[] peek() throws IOException {
    if (!stdin.markSupported()) {
      stdin = new BufferedInputStream(stdin, DETECTION_BLOCK);
    }
    stdin.mark(OLE2.length);
    byte[] head = stdin.readNBytes(OLE2.length);
    stdin.reset();
    return head;
  }

  private static boolean startsWith(Path file, byte[] signature) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return startsWith(in.readNBytes(signature.length), signature);
    } catch (NoSuchFileException | AccessDeniedException e) {
      return false; // the read names the problem
    }
  }

  private static boolean startsWith(byte[] head, byte[] signature) {
    return head.length >= signature.length
        && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
  }

  /**
   * The size in bytes of a text file, for the share of it read; -1 for standard input, pipes
   * and workbooks (whose bytes are not read in the order of their rows).
   */
  public long size() {
    try {
      return path == null || workbookCopy != null || WorkbookRows.isWorkbook(path)
          || !Files.isRegularFile(path) ? -1 : Files.size(path);
    } catch (IOException e) {
      return -1;
    }
  }

  /** The bytes read since the input was last opened as text. */
  public long bytesRead() {
    return bytesRead.get();
  }

  /** The name without its folders ("q1.csv", "&lt;stdin&gt;"), for short messages. */
  public String shortName() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }

  /** How the source is named in messages. */
  public String name() {
    return name;
  }

  /** The path, or null for standard input. */
  public Path path() {
    return path;
  }

  /** The encoding given, or after {@link #open} the one used. */
  public Charset encoding() {
    if (used != null) {
      return used;
    }
    return encoding == null ? StandardCharsets.UTF_8 : encoding;
  }

  /** After {@link #open}: a warning about a guessed encoding, or null. */
  public String encodingNote() {
    return encodingNote;
  }

  /** Opens a reader positioned after any byte order mark. */
  public Reader open() throws IOException {
    bytesRead.set(0);
    InputStream raw = new FilterInputStream(path == null ? stdin
        : InputFiles.open(path)) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        bytesRead.addAndGet(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        bytesRead.addAndGet(Math.max(0, n));
        return n;
      }
    };
    BufferedInputStream in = new BufferedInputStream(raw, DETECTION_BLOCK);
    Charset charset = encoding;
    in.mark(DETECTION_BLOCK);
    byte[] block = in.readNBytes(DETECTION_BLOCK);
    in.reset();
    int n = block.length;
    int b0 = n > 0 ? block[0] & 0xFF : -1;
    int b1 = n > 1 ? block[1] & 0xFF : -1;
    int b2 = n > 2 ? block[2] & 0xFF : -1;
    encodingNote = null;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      in.skipNBytes(3);
      charset = charset == null ? StandardCharsets.UTF_8 : charset;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      in.skipNBytes(2);
      charset = StandardCharsets.UTF_16LE;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      in.skipNBytes(2);
      charset = StandardCharsets.UTF_16BE;
    } else if (charset == null) {
      charset = detect(block);
      if (charset == WINDOWS_1252) {
        encodingNote = "the file is not valid UTF-8; read it as Windows-1252 (give --encoding"
            + " if it is another one)";
      }
    }
    used = charset;
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new InputStreamReader(in, decoder);
  }

  /** UTF-16 without a byte order mark (zero bytes in every other place), UTF-8, or Windows-1252. */
  static Charset detect(byte[] block) {
    int n = block.length;
    if (n >= 4) {
      int evenZeros = 0;
      int oddZeros = 0;
      int pairs = Math.min(n / 2, 512);
      for (int i = 0; i < pairs; i++) {
        evenZeros += block[2 * i] == 0 ? 1 : 0;
        oddZeros += block[2 * i + 1] == 0 ? 1 : 0;
      }
      if (oddZeros > pairs * 0.7 && evenZeros == 0) {
        return StandardCharsets.UTF_16LE;
      }
      if (evenZeros > pairs * 0.7 && oddZeros == 0) {
        return StandardCharsets.UTF_16BE;
      }
    }
    // A multi-byte character may be cut at the end of the block: ignore an incomplete tail.
    int end = n;
    if (n == DETECTION_BLOCK) {
      int back = 0;
      while (back < 3 && end > 0 && (block[end - 1] & 0xC0) == 0x80) {
        end--;
        back++;
      }
      if (end > 0 && (block[end - 1] & 0xC0) == 0xC0) {
        end--;
      }
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(block, 0, end));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_1252;
    }
  }
}
