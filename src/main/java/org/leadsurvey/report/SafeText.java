package org.leadsurvey.report;

import static org.leadsurvey.io.ControlCharacters.isControl;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import org.leadsurvey.io.ControlCharacters;

/**
 * Names in the data (teams, waves, people, items, files) are written as text, never as
 * something the reader's software runs: the output-safety rules of docs/output-safety.md.
 * <ul>
 *   <li>Control characters (C0 but tab and line feed, DEL, C1) and the bidirectional controls
 *       (U+061C, U+200E/F, U+202A..U+202E, U+2066..U+2069) are shown as {@code \u001B} and the
 *       like in every format but JSON (which escapes them itself), so that data can neither
 *       move the cursor, retitle a terminal nor reorder what is shown.</li>
 *   <li>In a table cell a line break is shown as {@code \n} too, and a cell wider than
 *       {@link #CELL} terminal columns is cut with an ellipsis (the whole name is in csv and
 *       json).</li>
 *   <li>A CSV text cell starting with {@code = + - @}, tab or CR gets a leading {@code '}
 *       (OWASP's advice against formula injection); numbers are left as they are.</li>
 *   <li>In Markdown a {@code <} that could start an HTML tag is written {@code &lt;}.</li>
 * </ul>
 */
public final class SafeText {
  /** The widest table cell, in terminal columns (a CJK character or emoji takes two). */
  public static final int CELL = 100;

  /** A number as leadsurvey writes one: not a formula, whatever its sign. */
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?(E-?[0-9]+)?");

  private SafeText() {}

  /** {@code s} with control characters shown as escapes; line breaks and tabs kept. */
  public static String controls(String s) {
    if (s == null || !hasControl(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        b.append(ControlCharacters.escape(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isControl(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** One line: control characters escaped, line breaks shown as {@code \n}, tabs as spaces. */
  public static String oneLine(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean special = c == '\n' || c == '\t' || isControl(c);
      if (special && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        if (c == '\n') {
          b.append("\\n");
        } else if (c == '\t') {
          b.append(' ');
        } else if (special) {
          b.append(ControlCharacters.escape(c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * A table cell: one line, cut to {@link #CELL} terminal columns with an ellipsis, never
   * inside a character a reader sees as one (an accented letter, an emoji sequence, a flag).
   */
  public static String cell(String s) {
    boolean longer = s.length() > 4 * CELL;
    return DisplayWidth.cut(oneLine(longer ? s.substring(0, 4 * CELL) : s), CELL, longer);
  }

  /** A short quotation of a value in a message: one line, at most {@code max} characters. */
  public static String excerpt(String s, int max) {
    String line = oneLine(s.length() > 4 * max ? s.substring(0, 4 * max) : s);
    if (line.length() <= max) {
      return line;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end) + "…";
  }

  /** A CSV text cell: control characters escaped, a would-be formula made text. */
  public static String csvCell(String s) {
    if (s == null || s.isEmpty()) {
      return s;
    }
    String v = controls(s);
    char c = v.charAt(0);
    boolean formula = c == '=' || c == '+' || c == '@' || c == '\t' || c == '\r'
        || c == '-' && !NUMBER.matcher(v).matches();
    return formula ? "'" + v : v;
  }

  /**
   * A writer that escapes control characters on their way out; with {@code color}, the
   * colour and weight codes leadsurvey writes itself (SGR: ESC [ digits and semicolons m) pass.
   * Data cannot do more with them than colour text: never move the cursor or retitle a window.
   */
  public static Writer controls(Writer out, boolean color) {
    return new ControlFilter(out, color, false);
  }

  /** As {@link #controls(Writer, boolean)}, and a {@code <} that could open an HTML tag as {@code &lt;}. */
  public static Writer markdown(Writer out) {
    return new ControlFilter(out, false, true);
  }

  private static final class ControlFilter extends FilterWriter {
    private final boolean color;
    private final boolean markdown;
    /** A character held back until the next one says what it starts (ESC, CR or '<'). */
    private int held = -1;
    /** Inside one of our own colour codes: pass until its 'm'. */
    private boolean inSgr;
    private final StringBuilder sgr = new StringBuilder();

    ControlFilter(Writer out, boolean color, boolean markdown) {
      super(out);
      this.color = color;
      this.markdown = markdown;
    }

    @Override
    public void write(int c) throws IOException {
      put((char) c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      int end = off + len;
      int run = off; // start of the plain characters not yet written
      for (int i = off; i < end; i++) {
        char c = cbuf[i];
        if (held >= 0 || inSgr || needsCare(c)) {
          out.write(cbuf, run, i - run);
          put(c);
          run = i + 1;
        }
      }
      out.write(cbuf, run, end - run);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      int end = off + len;
      int run = off;
      for (int i = off; i < end; i++) {
        char c = str.charAt(i);
        if (held >= 0 || inSgr || needsCare(c)) {
          out.write(str, run, i - run);
          put(c);
          run = i + 1;
        }
      }
      out.write(str, run, end - run);
    }

    /** Whether {@code c} may be written as it is without looking at its neighbours. */
    private boolean needsCare(char c) {
      return c == '<' ? markdown : isControl(c) || c == '\r';
    }

    private void put(char c) throws IOException {
      if (inSgr) {
        sgr.append(c);
        if (c == 'm') {
          out.write(sgr.toString());
          sgr.setLength(0);
          inSgr = false;
        } else if (!(c >= '0' && c <= '9' || c == ';') || sgr.length() > 16) {
          // Not one of ours: show it all as text.
          String text = sgr.toString();
          sgr.setLength(0);
          inSgr = false;
          out.write("\\u001B");
          for (int i = 1; i < text.length(); i++) {
            put(text.charAt(i));
          }
        }
        return;
      }
      if (held >= 0) {
        char h = (char) held;
        held = -1;
        if (h == 0x1b && c == '[') {
          inSgr = true;
          sgr.append(h).append(c);
          return;
        }
        if (h == '\r' && c == '\n') {
          out.write("\r\n");
          return;
        }
        if (h == '<') {
          boolean tag = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '!'
              || c == '?';
          out.write(tag ? "&lt;" : "<");
        } else {
          plain(h);
        }
      }
      if (c == 0x1b && color || c == '\r' || c == '<' && markdown) {
        held = c;
        return;
      }
      plain(c);
    }

    private void plain(char c) throws IOException {
      if (isControl(c)) {
        out.write(ControlCharacters.escape(c));
      } else {
        out.write(c);
      }
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      drain();
      out.close();
    }

    private void drain() throws IOException {
      if (inSgr) {
        String text = sgr.toString();
        sgr.setLength(0);
        inSgr = false;
        out.write("\\u001B");
        for (int i = 1; i < text.length(); i++) {
          plain(text.charAt(i));
        }
      }
      if (held >= 0) {
        char h = (char) held;
        held = -1;
        if (h == '<') {
          out.write('<');
        } else {
          plain(h);
        }
      }
    }
  }
}
