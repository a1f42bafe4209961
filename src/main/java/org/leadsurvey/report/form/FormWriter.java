package org.leadsurvey.report.form;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link Form} in one format. Implementations are stateless. */
public interface FormWriter {
  /**
   * @throws IllegalArgumentException when the instrument cannot be expressed in this format
   *     (the message says why, for the user)
   */
  void write(Form form, Writer out) throws IOException;
}
