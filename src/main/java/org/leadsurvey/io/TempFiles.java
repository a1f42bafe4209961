package org.leadsurvey.io;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files (an output before its rename, the copy of standard input a second pass reads):
 * created owner-only (rw-------), and deleted on every way out: by their owner when done, and
 * by a shutdown hook when the JVM stops early (an exception, SIGINT, SIGTERM or SIGHUP; only
 * SIGKILL skips it). A leaf of the code: it depends on nothing of leadsurvey.
 */
public final class TempFiles {
  private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "leadsurvey-temp"));
  }

  private TempFiles() {}

  /** A new owner-only file in {@code dir} (null: the system's temporary folder). */
  public static Path create(Path dir, String prefix, String suffix) throws IOException {
    Path p;
    if (dir == null) {
      p = Files.createTempFile(prefix, suffix, ownerOnly());
    } else {
      p = Files.createTempFile(dir, prefix, suffix, ownerOnly());
    }
    LIVE.add(p);
    return p;
  }

  /** Deletes {@code p} (if it is still there) and forgets it. */
  public static void delete(Path p) throws IOException {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } finally {
        LIVE.remove(p);
      }
    }
  }

  /** Forgets {@code p} without deleting it: it was renamed into place. */
  public static void kept(Path p) {
    LIVE.remove(p);
  }

  /** The temporary files not yet deleted or kept (for tests). */
  static Set<Path> live() {
    return Set.copyOf(LIVE);
  }

  private static FileAttribute<?>[] ownerOnly() {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews()
        .contains("posix");
    return posix ? new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
        : new FileAttribute<?>[0];
  }

  private static void deleteAll() {
    for (Path p : LIVE) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException | RuntimeException e) {
        // Stopping anyway: nothing better to do than to try the others.
      }
    }
  }
}
