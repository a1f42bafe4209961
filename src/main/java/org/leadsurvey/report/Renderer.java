package org.leadsurvey.report;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Writes one kind of publishable result in one format.
 *
 * @param <T> the result
 */
@FunctionalInterface
interface Renderer<T> {
  /** @param color ANSI colour (the terminal table only; never in files) */
  void render(T result, PrintWriter out, boolean color) throws IOException;
}
