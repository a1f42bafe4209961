package org.leadsurvey.instrument;

/** A catalogue id that does not exist, or an instrument file that is not well formed. */
public final class InstrumentException extends Exception {
  private static final long serialVersionUID = 1L;

  public InstrumentException(String message) {
    super(message);
  }
}
