package org.leadsurvey.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The files the current command reads (responses, instrument, roster, climate), so that no
 * output is ever written over one of them: {@code -o} onto the instrument file, an
 * {@code --output-dir} that holds {@code teams.csv} as an input, a batch's
 * {@code summary.csv}. One command runs at a time in a JVM; {@link #reset} starts the next.
 */
public final class RunInputs {
  // A set: every open of a file adds it again (each pass, each look at its first bytes).
  private static final Set<Path> INPUTS = new CopyOnWriteArraySet<>();

  private RunInputs() {}

  /** Forgets the inputs of the previous command. */
  public static void reset() {
    INPUTS.clear();
  }

  /** {@code path} is read by this command. */
  public static void add(Path path) {
    if (path != null) {
      INPUTS.add(path);
    }
  }

  /** The input that the regular file {@code output} is (the same file, by any name), or null. */
  public static Path inputAt(Path output) {
    // Writing to a terminal or a pipe that is also read (/dev/stdin, /dev/stdout) destroys
    // nothing: only files are protected.
    if (!Files.isRegularFile(output)) {
      return null;
    }
    for (Path in : INPUTS) {
      try {
        if (Files.exists(in) && Files.isSameFile(in, output)) {
          return in;
        }
      } catch (IOException e) {
        // Cannot tell: not the same file as far as we can see.
      }
    }
    return null;
  }
}
