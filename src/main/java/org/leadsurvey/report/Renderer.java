package org.leadsurvey.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Writes one kind of publishable result in one format.
 *
 * @param <T> the result
 */
@FunctionalInterface
interface Renderer<T> {
  /** @param color ANSI colour (the terminal table only; never in files) */
  void render(T result, PrintWriter out, boolean color) throws IOException;

  /** Renders to any writer, and flushes it. */
  default void write(T result, Writer out, boolean color) throws IOException {
    PrintWriter pw = out instanceof PrintWriter p ? p : new PrintWriter(out);
    render(result, pw, color);
    pw.flush();
  }

  /** {@code r} writing through {@link SafeText#markdown}: data cannot open an HTML tag. */
  static <T> Renderer<T> markdown(Renderer<T> r) {
    return (result, out, color) -> {
      PrintWriter md = new PrintWriter(SafeText.markdown(out));
      r.render(result, md, color);
      md.flush();
    };
  }
}
