package org.leadsurvey.instrument;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.leadsurvey.instrument.YamlTree.Mapping;
import org.leadsurvey.instrument.YamlTree.Node;
import org.leadsurvey.instrument.YamlTree.Scalar;
import org.leadsurvey.instrument.YamlTree.Sequence;
import org.leadsurvey.io.InputFiles;

/**
 * Reads instrument files (YAML, or JSON, which is YAML too), the format of {@code surveys/}.
 * Every mistake is reported as {@code FILE:LINE: what is wrong}.
 *
 * <pre>
 * id: psych-safety                 # required; letters, digits, '-', '_', '.'
 * name: Team Psychological Safety
 * citation: ...                    # required when validated
 * licence: ...
 * validated: true                  # a published, validated instrument (default false)
 * kind: self-report                # or peer-rating (each item a criterion, rated for every
 *                                  # teammate; item ids are the criteria)
 * instructions: ...                # optional text shown before the items
 * scale: {min: 1, max: 7, labels: [Very inaccurate, ..., Very accurate]}
 * items:                           # ids are the CSV column names of the answers
 *   - {id: PS1, text: "...", reverse: true}
 * reverse: [PS3, PS5]              # optional: reverse-keyed items, instead of reverse: true
 * subscales:                       # optional; without it all items form one scale
 *   - {id: ..., name: ..., items: [PS1, PS2]}
 * </pre>
 *
 * <p>Without a {@code subscales} list, items that name a {@code subscale} are grouped by it.
 */
public final class InstrumentLoader {
  /** Valid ids: usable as a CSV column name and a file name, with no quoting. */
  static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  private static final Set<String> RESERVED = Set.of("respondent", "team", "rater", "ratee",
      "rating");
  private static final List<String> TOP_KEYS = List.of("id", "name", "citation", "licence",
      "validated", "kind", "instructions", "scale", "items", "reverse", "subscales");
  private static final List<String> SCALE_KEYS = List.of("min", "max", "labels");
  private static final List<String> ITEM_KEYS = List.of("id", "text", "reverse", "subscale");
  private static final List<String> SUBSCALE_KEYS = List.of("id", "name", "items");

  private final String source;

  private InstrumentLoader(String source) {
    this.source = source;
  }

  public static Instrument load(Path file) throws InstrumentException {
    if (Files.isDirectory(file)) {
      throw new InstrumentException(file + ": is a directory, not an instrument file");
    }
    try (InputStream in = InputFiles.open(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new InstrumentException(file + ": no such instrument file");
    } catch (AccessDeniedException e) {
      throw new InstrumentException(file + ": permission denied");
    } catch (IOException e) {
      throw new InstrumentException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** Reads one instrument; {@code source} names it in error messages. */
  public static Instrument read(InputStream in, String source) throws InstrumentException {
    Node root;
    try {
      root = YamlTree.parse(in);
    } catch (YamlTree.SyntaxError e) {
      throw new InstrumentException(source + (e.line > 0 ? ":" + e.line : "") + ": "
          + e.getMessage());
    } catch (IOException e) {
      throw new InstrumentException(source + ": cannot read: " + e.getMessage());
    }
    if (root == null) {
      throw new InstrumentException(source + ":1: the file is empty");
    }
    return new InstrumentLoader(source).instrument(root);
  }

  private Instrument instrument(Node root) throws InstrumentException {
    Mapping top = mapping(root, "the instrument", TOP_KEYS);
    String id = requiredString(top, "id");
    checkId(id, top.entries().get("id"), "instrument id");
    boolean validated = bool(top, "validated");
    String citation = string(top, "citation");
    if (validated && (citation == null || citation.isBlank())) {
      throw error(top.keyLines().get("validated"), "a validated instrument needs a 'citation'");
    }
    Kind kind = Kind.SELF_REPORT;
    if (top.entries().containsKey("kind")) {
      String k = requiredString(top, "kind");
      kind = Kind.of(k);
      if (kind == null) {
        throw error(top.entries().get("kind").line(), "unknown kind '" + k
            + "' (expected self-report or peer-rating)");
      }
    }
    ResponseScale scale = scale(require(top, "scale"));
    List<Item> items = items(require(top, "items"));
    items = reverseList(top, items);
    if (kind == Kind.PEER_RATING && items.stream().anyMatch(Item::reverse)) {
      throw error(top.keyLines().get("items"), "a peer-rating instrument's items cannot be"
          + " reverse keyed: each is a criterion, rated as asked");
    }
    List<Subscale> subscales = subscales(top, items);
    items = withSubscales(items, subscales);
    String name = string(top, "name");
    return new Instrument(id, name == null || name.isBlank() ? id : name.strip(),
        strip(citation), strip(string(top, "licence")), validated, scale, items, subscales, kind,
        strip(string(top, "instructions")));
  }

  private ResponseScale scale(Node node) throws InstrumentException {
    Mapping m = mapping(node, "'scale'", SCALE_KEYS);
    int min = integer(m, "min");
    int max = integer(m, "max");
    if (max <= min) {
      throw error(m.line(), "the scale " + min + ".." + max + " is empty (max must exceed min)");
    }
    String problem = ResponseScale.problem(min, max);
    if (problem != null) {
      throw error(m.line(), problem);
    }
    List<String> labels = null;
    if (m.entries().containsKey("labels")) {
      Sequence s = sequence(m.entries().get("labels"), "'labels'");
      labels = new ArrayList<>();
      // Answers are matched to labels ignoring case and spacing, so labels must differ in more.
      Map<String, Integer> seen = new HashMap<>();
      for (Node n : s.elements()) {
        String label = scalarText(n, "a label");
        String key = ResponseScale.labelKey(label);
        Integer first = seen.putIfAbsent(key, n.line());
        if (first != null) {
          throw error(n.line(), "the label '" + label.strip() + "' is given twice (first on line "
              + first + "; labels are matched ignoring case and spacing)");
        }
        labels.add(label);
      }
      if (!labels.isEmpty() && labels.size() != max - min + 1) {
        throw error(s.line(), "the scale " + min + ".." + max + " has " + (max - min + 1)
            + " options but " + labels.size() + " labels");
      }
    }
    return new ResponseScale(min, max, labels);
  }

  private List<Item> items(Node node) throws InstrumentException {
    Sequence s = sequence(node, "'items'");
    if (s.elements().isEmpty()) {
      throw error(s.line(), "'items' is empty: an instrument needs at least one item");
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Item> items = new ArrayList<>();
    for (Node n : s.elements()) {
      Mapping m = mapping(n, "an item", ITEM_KEYS);
      String id = requiredString(m, "id");
      Node idNode = m.entries().get("id");
      checkId(id, idNode, "item id");
      if (RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
        throw error(idNode.line(), "item id '" + id + "' is reserved for the " + id
            + " column of response files; choose another");
      }
      Integer before = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), idNode.line());
      if (before != null) {
        throw error(idNode.line(), "duplicate item id '" + id + "' (first on line " + before
            + "; column names are matched ignoring case)");
      }
      String text = string(m, "text");
      items.add(new Item(id, text == null ? "" : text.strip(), bool(m, "reverse"),
          string(m, "subscale")));
    }
    return items;
  }

  /** Applies the optional top-level {@code reverse: [ids]} list. */
  private List<Item> reverseList(Mapping top, List<Item> items) throws InstrumentException {
    if (!top.entries().containsKey("reverse")) {
      return items;
    }
    Set<String> reverse = new LinkedHashSet<>();
    for (Node n : sequence(top.entries().get("reverse"), "'reverse'").elements()) {
      String id = scalarText(n, "an item id");
      if (index(items, id) < 0) {
        throw error(n.line(), "'reverse' names unknown item '" + id + "'");
      }
      reverse.add(id);
    }
    return items.stream()
        .map(i -> reverse.contains(i.id()) ? new Item(i.id(), i.text(), true, i.subscale()) : i)
        .toList();
  }

  private List<Subscale> subscales(Mapping top, List<Item> items) throws InstrumentException {
    if (!top.entries().containsKey("subscales")) {
      return fromItemSubscales(items);
    }
    Sequence s = sequence(top.entries().get("subscales"), "'subscales'");
    if (s.elements().isEmpty()) {
      return fromItemSubscales(items);
    }
    List<Subscale> result = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Set<String> covered = new LinkedHashSet<>();
    for (Node n : s.elements()) {
      Mapping m = mapping(n, "a subscale", SUBSCALE_KEYS);
      String id = requiredString(m, "id");
      checkId(id, m.entries().get("id"), "subscale id");
      Integer before = seen.putIfAbsent(id, m.entries().get("id").line());
      if (before != null) {
        throw error(m.entries().get("id").line(), "duplicate subscale id '" + id
            + "' (first on line " + before + ")");
      }
      Sequence list = sequence(require(m, "items"), "the items of subscale '" + id + "'");
      if (list.elements().isEmpty()) {
        throw error(list.line(), "subscale '" + id + "' is empty: it needs at least one item");
      }
      List<String> ids = new ArrayList<>();
      for (Node e : list.elements()) {
        String item = scalarText(e, "an item id");
        if (index(items, item) < 0) {
          throw error(e.line(), "subscale '" + id + "' names unknown item '" + item + "'");
        }
        if (ids.contains(item)) {
          throw error(e.line(), "subscale '" + id + "' names item '" + item + "' twice");
        }
        ids.add(item);
      }
      covered.addAll(ids);
      String name = string(m, "name");
      result.add(new Subscale(id, name == null || name.isBlank() ? id : name.strip(), ids));
    }
    Sequence itemNodes = (Sequence) top.entries().get("items");
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (!covered.contains(item.id())) {
        throw error(itemNodes.elements().get(i).line(), "item '" + item.id()
            + "' is in no subscale, so it would never be scored");
      }
      if (item.subscale() != null && !seen.containsKey(item.subscale())) {
        throw error(itemNodes.elements().get(i).line(), "item '" + item.id()
            + "' names unknown subscale '" + item.subscale() + "'");
      }
    }
    return result;
  }

  /** Subscales from the items' own {@code subscale} fields, in order of first appearance. */
  private List<Subscale> fromItemSubscales(List<Item> items) throws InstrumentException {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (Item i : items) {
      if (i.subscale() != null) {
        groups.computeIfAbsent(i.subscale(), k -> new ArrayList<>()).add(i.id());
      }
    }
    if (groups.isEmpty()) {
      return List.of();
    }
    List<Subscale> result = new ArrayList<>();
    for (Map.Entry<String, List<String>> g : groups.entrySet()) {
      result.add(new Subscale(g.getKey(), g.getKey(), g.getValue()));
    }
    for (Item i : items) {
      if (i.subscale() == null) {
        throw new InstrumentException(source + ": item '" + i.id() + "' has no 'subscale' while"
            + " others do, so it would never be scored");
      }
    }
    return result;
  }

  /** Each item's {@code subscale}: its own, else the first subscale that lists it. */
  private static List<Item> withSubscales(List<Item> items, List<Subscale> subscales) {
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      String sub = i.subscale();
      if (sub == null) {
        sub = subscales.stream().filter(s -> s.items().contains(i.id())).map(Subscale::id)
            .findFirst().orElse(null);
      }
      out.add(new Item(i.id(), i.text(), i.reverse(), sub));
    }
    return out;
  }

  // ---- typed access with line numbers --------------------------------------------------------

  private Mapping mapping(Node node, String what, List<String> allowed)
      throws InstrumentException {
    if (!(node instanceof Mapping m)) {
      throw error(node.line(), what + " must be a mapping of keys to values");
    }
    for (Map.Entry<String, Integer> k : m.keyLines().entrySet()) {
      if (!allowed.contains(k.getKey())) {
        throw error(k.getValue(), "unknown key '" + k.getKey() + "' in " + what
            + " (expected one of: " + String.join(", ", allowed) + ")");
      }
    }
    return m;
  }

  private Sequence sequence(Node node, String what) throws InstrumentException {
    if (!(node instanceof Sequence s)) {
      throw error(node.line(), what + " must be a list");
    }
    return s;
  }

  private Node require(Mapping m, String key) throws InstrumentException {
    Node n = m.entries().get(key);
    if (n == null || n instanceof Scalar s && s.isNull()) {
      throw error(n == null ? m.line() : n.line(), "'" + key + "' is missing");
    }
    return n;
  }

  private String requiredString(Mapping m, String key) throws InstrumentException {
    String s = scalarText(require(m, key), "'" + key + "'");
    if (s.isBlank()) {
      throw error(m.entries().get(key).line(), "'" + key + "' is empty");
    }
    return s.strip();
  }

  private String string(Mapping m, String key) throws InstrumentException {
    Node n = m.entries().get(key);
    if (n == null || n instanceof Scalar s && s.isNull()) {
      return null;
    }
    return scalarText(n, "'" + key + "'");
  }

  private String scalarText(Node n, String what) throws InstrumentException {
    if (!(n instanceof Scalar s) || s.isNull()) {
      throw error(n.line(), what + " must be a single value");
    }
    return s.text();
  }

  private boolean bool(Mapping m, String key) throws InstrumentException {
    Node n = m.entries().get(key);
    if (n == null) {
      return false;
    }
    if (n instanceof Scalar s && (s.token() == JsonToken.VALUE_TRUE
        || s.token() == JsonToken.VALUE_FALSE)) {
      return s.token() == JsonToken.VALUE_TRUE;
    }
    throw error(n.line(), "'" + key + "' must be true or false");
  }

  private int integer(Mapping m, String key) throws InstrumentException {
    Node n = require(m, key);
    if (n instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
      try {
        return Integer.parseInt(s.text().strip());
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw error(n.line(), "'" + key + "' must be a whole number");
  }

  private void checkId(String id, Node node, String what) throws InstrumentException {
    if (!ID.matcher(id).matches()) {
      throw error(node.line(), what + " '" + id + "' is not a valid column name (a letter, then"
          + " letters, digits, '_', '.' or '-'; at most 64 characters)");
    }
  }

  private static int index(List<Item> items, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }

  private InstrumentException error(int line, String message) {
    return new InstrumentException(source + ":" + line + ": " + message);
  }
}
