package org.leadsurvey.analysis;

/** The exit codes of every command, in one place. */
public final class ExitCode {
  /** Done, nothing to report. */
  public static final int OK = 0;
  /** The run worked but a check or validation found problems (warnings, failed gates). */
  public static final int FINDINGS = 1;
  /** Bad input or bad usage: nothing was computed. */
  public static final int BAD_INPUT = 2;
  /** A bug: please report it. */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
