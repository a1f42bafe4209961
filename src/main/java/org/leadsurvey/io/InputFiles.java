package org.leadsurvey.io;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens an input file, seekable or not: {@code <(cat f.csv)}, {@code /dev/stdin} and FIFOs are
 * read as streams. ({@code Files.newInputStream} asks a pipe for its position and fails with
 * "Illegal seek".) Every file opened is one of the run's inputs ({@link RunInputs}).
 */
public final class InputFiles {
  private InputFiles() {}

  public static InputStream open(Path file) throws IOException {
    RunInputs.add(file);
    if (Files.isRegularFile(file)) {
      return Files.newInputStream(file);
    }
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    // Buffered: FileInputStream's own readAllBytes and readNBytes ask for the position too.
    return new BufferedInputStream(new FileInputStream(file.toFile()));
  }

  /** Whether {@code file} can be read twice (a regular file; not a pipe or a device). */
  public static boolean isReplayable(Path file) {
    return file != null && Files.isRegularFile(file);
  }
}
