package org.leadsurvey.analysis;

import org.leadsurvey.ingest.Finding;
import org.leadsurvey.ingest.ReadSummary;

/**
 * Bad input or bad usage, said in one line: the command stops with its exit code (2 unless
 * said otherwise). The one way every layer reports a user's mistake; {@code Main} prints it.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final boolean usage;

  private UserError(String message, int exitCode, boolean usage) {
    super(message, null, false, false);
    this.exitCode = exitCode;
    this.usage = usage;
  }

  /** Bad input: a file, a value, a combination of inputs. */
  public static UserError input(String message) {
    return new UserError(message, ExitCode.BAD_INPUT, false);
  }

  /** Bad usage: options that do not go together (followed by a pointer to --help). */
  public static UserError usage(String message) {
    return new UserError(message, ExitCode.BAD_INPUT, true);
  }

  /**
   * Stop with exit code 2 after errors that were already said, one by one, through
   * {@link Notices#error} (a run over several files reports every bad one first).
   */
  public static UserError reported() {
    return new UserError(null, ExitCode.BAD_INPUT, false);
  }

  /** A read that had errors: its first, and how many more there were. */
  public static UserError read(ReadSummary summary) {
    return input(firstError(summary));
  }

  /** "FILE:LINE: ... (and N more errors)". */
  public static String firstError(ReadSummary summary) {
    long more = summary.errorCount() - 1;
    Finding first = summary.firstError();
    return first + (more > 0 ? " (and " + more + " more error" + (more == 1 ? "" : "s") + ")"
        : "");
  }

  public int exitCode() {
    return exitCode;
  }

  /** Whether the message is about the command line (so help is worth pointing to). */
  public boolean usage() {
    return usage;
  }
}
