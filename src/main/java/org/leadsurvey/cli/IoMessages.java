package org.leadsurvey.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** One line for a file that cannot be read or written: the path, then why, in plain words. */
final class IoMessages {
  private IoMessages() {}

  static String describe(IOException e) {
    if (e instanceof FileSystemException f && f.getFile() != null) {
      String why = f.getReason();
      if (why == null) {
        why = e instanceof NoSuchFileException ? "no such file or directory"
            : e instanceof AccessDeniedException ? "permission denied"
            : e instanceof NotDirectoryException ? "not a directory"
            : "cannot access";
      }
      return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": "
          + why;
    }
    String m = e.getMessage();
    return m == null ? "input/output error" : m;
  }
}
