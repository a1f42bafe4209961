package org.leadsurvey.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes the elements of a long JSON array on two threads, byte for byte as writing them one
 * after another would. A report of 100,000 teams spends most of its writing time formatting
 * numbers, on one core while the other idles. The elements go in chunks: the calling thread
 * writes the even chunks straight to its generator, a helper renders the odd ones into text
 * that the caller copies in between. Memory: a few chunks of text, whatever the length.
 *
 * <p>The helper's generator gets the house pretty printer ({@link JsonRenderer#pretty}, the one
 * every JSON report uses; or none when the caller has none) and the same nesting (an opened
 * copy of the caller's enclosing objects and arrays, and one element already in the array),
 * so its text, separators and indentation included, is what the caller would have written.
 */
final class TwoThreadArray {
  /** Writes one element of the array. */
  @FunctionalInterface
  interface Element<T> {
    void write(JsonGenerator g, T element) throws IOException;
  }

  /** Elements per chunk: about half a megabyte of text for teams. */
  static final int CHUNK = 2048;
  /** Rendered chunks the helper may be ahead by. */
  private static final int AHEAD = 2;

  private TwoThreadArray() {}

  /**
   * Writes the elements into the array that {@code g} has open (after writeStartArray, before
   * writeEndArray). Fewer than two chunks, or one core, are written here alone.
   */
  static <T> void write(JsonGenerator g, List<T> elements, Element<T> element)
      throws IOException {
    int chunks = (elements.size() + CHUNK - 1) / CHUNK;
    if (chunks < 2 || Runtime.getRuntime().availableProcessors() < 2) {
      for (T e : elements) {
        element.write(g, e);
      }
      return;
    }
    List<JsonStreamContext> nesting = nesting(g.getOutputContext());
    Helper<T> helper = new Helper<>(g, nesting, elements, element);
    Thread thread = new Thread(helper, "leadsurvey-json");
    thread.setDaemon(true);
    thread.start();
    try {
      for (int c = 0; c < chunks; c++) {
        if (c % 2 == 0) {
          for (T e : chunk(elements, c)) {
            element.write(g, e);
          }
        } else {
          char[] text = helper.take();
          g.writeRaw(text, 0, text.length);
        }
      }
    } finally {
      thread.interrupt(); // done, or failed here: a helper waiting to hand over gives up
    }
  }

  private static <T> List<T> chunk(List<T> elements, int c) {
    return elements.subList(c * CHUNK, Math.min(elements.size(), (c + 1) * CHUNK));
  }

  /** The caller's open contexts, outermost first, ending with the array. */
  private static List<JsonStreamContext> nesting(JsonStreamContext innermost) {
    List<JsonStreamContext> out = new ArrayList<>();
    for (JsonStreamContext c = innermost; c != null && !c.inRoot(); c = c.getParent()) {
      out.add(0, c);
    }
    return out;
  }

  /** Renders the odd chunks, in order, into a bounded queue. */
  private static final class Helper<T> implements Runnable {
    private static final char[] STOPPED = new char[0];
    private final PrettyPrinter pretty;
    private final List<JsonStreamContext> nesting;
    private final List<T> elements;
    private final Element<T> element;
    private final BlockingQueue<char[]> rendered = new ArrayBlockingQueue<>(AHEAD);
    private volatile Throwable failure;

    Helper(JsonGenerator caller, List<JsonStreamContext> nesting, List<T> elements,
        Element<T> element) {
      // A fresh one: a copy of the caller's would carry its count of the nesting as well.
      this.pretty = caller.getPrettyPrinter() == null ? null : JsonRenderer.pretty();
      this.nesting = nesting;
      this.elements = elements;
      this.element = element;
    }

    @Override
    public void run() {
      try {
        CharArrayWriter text = new CharArrayWriter();
        try (JsonGenerator g = JsonRenderer.FACTORY.createGenerator(text)) {
          g.setPrettyPrinter(pretty);
          open(g);
          int chunks = (elements.size() + CHUNK - 1) / CHUNK;
          for (int c = 1; c < chunks; c += 2) {
            g.flush();
            text.reset();
            for (T e : chunk(elements, c)) {
              element.write(g, e);
            }
            g.flush();
            rendered.put(text.toCharArray());
          }
        }
      } catch (InterruptedException e) {
        // the caller has stopped
      } catch (Throwable t) {
        failure = t;
        try {
          rendered.put(STOPPED); // after the chunks rendered before it, as the caller takes them
        } catch (InterruptedException e) {
          // the caller has stopped
        }
      }
    }

    /**
     * The caller's enclosing objects and arrays, and a first element (null) in the array, so
     * that the next element starts with a separator, as every element after the first does.
     */
    private void open(JsonGenerator g) throws IOException {
      for (JsonStreamContext c : nesting) {
        if (c.inObject()) {
          g.writeStartObject();
          g.writeFieldName("_");
        } else {
          g.writeStartArray();
        }
      }
      g.writeNull();
    }

    char[] take() throws IOException {
      try {
        char[] text = rendered.take();
        if (text == STOPPED) {
          if (failure instanceof IOException e) {
            throw e;
          }
          if (failure instanceof RuntimeException e) {
            throw e;
          }
          throw new IllegalStateException("writing JSON failed", failure);
        }
        return text;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UncheckedIOException(new InterruptedIOException("interrupted"));
      }
    }
  }
}
