package org.leadsurvey.io;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes writes on and keeps the first error, for when a {@code PrintWriter} above it swallowed
 * it: a full disk must fail the run, not leave a file cut short behind an exit code of 0.
 */
public final class ErrorKeepingWriter extends Writer {
  private final Writer out;
  private volatile IOException error;

  public ErrorKeepingWriter(Writer out) {
    this.out = out;
  }

  /** The first write error, or null. */
  public IOException error() {
    return error;
  }

  /** Whether the error is only that the reader went away ({@code ... | head}): not a failure. */
  public static boolean isBrokenPipe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Broken pipe")) {
        return true;
      }
    }
    return false;
  }

  private IOException kept(IOException e) {
    if (error == null) {
      error = e;
    }
    return e;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    try {
      out.write(cbuf, off, len);
    } catch (IOException e) {
      throw kept(e);
    }
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    try {
      out.write(str, off, len);
    } catch (IOException e) {
      throw kept(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw kept(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw kept(e);
    }
  }
}
