package org.leadsurvey.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.leadsurvey.io.ErrorKeepingWriter;
import org.leadsurvey.io.RunInputs;
import org.leadsurvey.io.TempFiles;

/**
 * Writes output files. A regular file (or a new one) is written atomically: into an owner-only
 * temporary file beside it, synced, then renamed over it, so a reader never sees half a file
 * and a failed or interrupted run leaves the old file in place and no temporary file behind.
 * Anything else (a device such as /dev/null, a FIFO, /dev/stdout) is written directly, and a
 * symbolic link is followed, so that the link and the device stay what they are. Every write error is an
 * {@link IOException}, even when the body writes through a {@code PrintWriter} (which swallows
 * them). A path that is one of the run's inputs ({@link RunInputs}) is refused.
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Receives the writer of the file being written. */
  @FunctionalInterface
  public interface Body {
    void write(Writer out) throws IOException;
  }

  /** Receives the byte stream of the file being written (a workbook). */
  @FunctionalInterface
  public interface BinaryBody {
    void write(OutputStream out) throws IOException;
  }

  /** As {@link #writeAtomically(Path, Body)}, for bytes. */
  public static void writeBytesAtomically(Path target, BinaryBody body) throws IOException {
    naming(target, () -> write(target, body));
  }

  /** An output that cannot be written where it was asked to go; the message names the path. */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message);
    }
  }

  public static void writeAtomically(Path target, Body body) throws IOException {
    naming(target, () -> write(target, body));
  }

  private interface Write {
    void run() throws IOException;
  }

  /** Runs a write; an I/O error that does not name the file gets its path. */
  private static void naming(Path target, Write write) throws IOException {
    try {
      write.run();
    } catch (Refused | FileSystemException e) {
      throw e;
    } catch (IOException e) {
      // "No space left on device" alone does not say where.
      throw new IOException(target + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** Refuses, before anything is written, when one of {@code targets} is an input of the run. */
  public static void refuseInputs(Path... targets) throws IOException {
    for (Path t : targets) {
      Path input = RunInputs.inputAt(t);
      if (input != null) {
        throw new Refused(t + ": refusing to write the output over an input file (" + input
            + ")");
      }
    }
  }

  private static void write(Path target, Body body) throws IOException {
    write(target, (BinaryBody) raw -> write(raw, body));
  }

  private static void write(Path target, BinaryBody body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
    if (Files.isDirectory(real)) {
      throw new Refused(target + ": is a directory (give a file name)");
    }
    refuseInputs(real);
    // /dev/stdout, /dev/fd/N and the like stand for a descriptor the shell opened (perhaps with
    // >>): write through them, appending, even when they lead to a regular file.
    boolean descriptor = absolute.startsWith("/dev/") || absolute.startsWith("/proc/");
    if (Files.exists(real) && (descriptor || !Files.isRegularFile(real))) {
      try (OutputStream raw = Files.newOutputStream(absolute, StandardOpenOption.WRITE,
          StandardOpenOption.APPEND)) {
        body.write(raw);
        raw.flush();
      }
      return;
    }
    Path dir = real.getParent();
    Files.createDirectories(dir);
    Path temp = TempFiles.create(dir, "." + real.getFileName(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream raw = Channels.newOutputStream(ch);
        body.write(raw);
        raw.flush();
        ch.force(true);
      }
      keepPermissions(temp, real);
      try {
        Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING);
      }
      TempFiles.kept(temp);
    } finally {
      TempFiles.delete(temp);
    }
  }

  /**
   * Runs the body, then flushes (the caller closes {@code raw}, after syncing it); the first
   * write error is thrown, wherever it was swallowed.
   */
  private static void write(OutputStream raw, Body body) throws IOException {
    ErrorKeepingWriter keep = new ErrorKeepingWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8));
    Writer out = new BufferedWriter(keep);
    try {
      body.write(out);
      out.flush();
    } catch (UncheckedIOException e) {
      throw keep.error() != null ? keep.error() : e.getCause();
    }
    if (keep.error() != null) {
      throw keep.error();
    }
  }

  /**
   * Temporary files are created private (0600); the result should look like any file the user
   * writes: the permissions of the file it replaces, or rw-r--r-- for a new one.
   */
  private static void keepPermissions(Path temp, Path target) throws IOException {
    if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> perms = Files.exists(target)
        ? Files.getPosixFilePermissions(target)
        : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, perms);
  }
}
