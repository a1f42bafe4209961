package org.leadsurvey.instrument;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The document's root, or null for an empty document. */
  static Node parse(InputStream in) throws IOException, SyntaxError {
    try (JsonParser p = FACTORY.createParser(in)) {
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
    }
  }

  private static Node read(JsonParser p, JsonToken t) throws IOException, SyntaxError {
    int line = line(p);
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
        .toList();
    return parts.isEmpty() ? "not valid YAML" : "not valid YAML: " + String.join(", ", parts);
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }
}
