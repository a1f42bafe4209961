package org.leadsurvey.instrument;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML (or JSON) document as a tree whose every node remembers its line, so that errors found
 * after parsing (a duplicate id, an unknown item) can still name the line. Built from Jackson's
 * streaming YAML parser, which reports each token's location.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  /** A node of the tree; {@code line} is 1-based. */
  sealed interface Node permits Mapping, Sequence, Scalar {
    int line();
  }

  /** A mapping; {@code keyLines} gives the line of each key. */
  record Mapping(int line, Map<String, Node> entries, Map<String, Integer> keyLines)
      implements Node {}

  record Sequence(int line, List<Node> elements) implements Node {}

  /** A scalar; {@code token} tells strings, numbers, booleans and null apart. */
  record Scalar(int line, JsonToken token, String text) implements Node {
    boolean isNull() {
      return token == JsonToken.VALUE_NULL;
    }
  }

  /** A syntax error, or a key given twice, at a line. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    SyntaxError(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  private YamlTree() {}

  /**
   * The most bytes an instrument file may have. The largest shipped one is about 4 KiB; the
   * YAML parser needs seconds and hundreds of megabytes for a scalar of a few megabytes, so the
   * size is checked before it starts.
   */
  static final int MAX_BYTES = 256 * 1024;

  /** The document's root, or null for an empty document. */
  static Node parse(InputStream in) throws IOException, SyntaxError {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new SyntaxError(0, "an instrument file has at most " + MAX_BYTES / 1024
          + " KiB; this one is larger");
    }
    String text = utf8(bytes);
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      Node root = read(p, t);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new SyntaxError(line(p), "more than one document in the file");
      }
      return root;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new SyntaxError(line, describe(e.getOriginalMessage()));
    } catch (RuntimeException e) {
      // SnakeYAML's own exceptions for what Jackson does not wrap (bad escapes, tags).
      throw new SyntaxError(0, describe(e.getMessage()));
    }
  }

  /** The text, or an error at the line of the first byte that is not UTF-8. */
  private static String utf8(byte[] bytes) throws SyntaxError {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      String good = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes)).toString();
      int bad = good.indexOf('\uFFFD');
      int line = 1 + (int) good.substring(0, Math.max(bad, 0)).chars().filter(c -> c == '\n').count();
      throw new SyntaxError(line, "the file is not UTF-8 text (save it as UTF-8)");
    }
  }

  private static Node read(JsonParser p, JsonToken t) throws IOException, SyntaxError {
    int line = line(p);
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      // Jackson hands an alias over as the text of its name, defined or not.
      throw new SyntaxError(line, "aliases (*" + cut(p.getText(), 40) + ") are not"
          + " supported: write the value out in full");
    }
    switch (t) {
      case START_OBJECT -> {
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String key = p.currentName();
          int keyLine = line(p);
          if (keyLines.containsKey(key)) {
            throw new SyntaxError(keyLine, "key '" + key + "' is given twice (first on line "
                + keyLines.get(key) + ")");
          }
          keyLines.put(key, keyLine);
          entries.put(key, read(p, p.nextToken()));
        }
        return new Mapping(line, entries, keyLines);
      }
      case START_ARRAY -> {
        List<Node> elements = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          elements.add(read(p, e));
        }
        return new Sequence(line, elements);
      }
      default -> {
        return new Scalar(line, t, t == JsonToken.VALUE_NULL ? null : p.getText());
      }
    }
  }

  /**
   * SnakeYAML's multi-line message ("while parsing ... / in 'reader', line 2 / ^ / expected ...")
   * as one line: the sentences only, without the excerpt and its caret.
   */
  static String describe(String message) {
    if (message == null) {
      return "not valid YAML";
    }
    List<String> parts = message.lines()
        .filter(l -> !l.isBlank() && !l.startsWith(" "))
        .map(String::strip)
        .map(YamlTree::plain)
        .toList();
    return parts.isEmpty() ? "not valid YAML" : "not valid YAML: " + String.join(", ", parts);
  }

  /** Parser events and Java class names as words a person knows. */
  private static final Map<String, String> EVENTS = Map.of("SequenceStart", "a list",
      "SequenceEnd", "the end of a list", "MappingStart", "a mapping", "MappingEnd",
      "the end of a mapping", "Scalar", "a value", "Alias", "an alias", "DocumentStart",
      "a new document", "DocumentEnd", "the end of the document", "StreamEnd", "the end of the file");
  private static final Pattern EVENT =
      Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^)]*\\)>?");
  private static final Pattern JAVA_NAME =
      Pattern.compile("(?:java|javax|com|org)\\.[\\w.$]*\\.(\\w+)(?:Exception|Error):? ?");

  private static String plain(String s) {
    Matcher m = EVENT.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(EVENTS.getOrDefault(m.group(1), "something else")));
    }
    m.appendTail(b);
    String out = JAVA_NAME.matcher(b).replaceAll("")
        .replace("(Scalar value in YAML)", "(a key)");
    return cut(out, 200);
  }

  /** At most {@code max} characters of {@code s}, on one line. */
  private static String cut(String s, int max) {
    String line = s.replaceAll("\\p{Cntrl}", " ");
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }
}
