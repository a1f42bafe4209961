package org.leadsurvey.instrument;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads instrument files (YAML, or JSON, which is YAML too), the format of {@code surveys/}.
 *
 * <pre>
 * id: psych-safety
 * name: Team Psychological Safety
 * citation: ...
 * validated: true
 * scale: {min: 1, max: 7, labels: [Very inaccurate, ..., Very accurate]}
 * items:
 *   - {id: PS1, text: "...", reverse: true}
 * subscales:            # optional; without it all items form one scale
 *   - {id: ..., name: ..., items: [PS1, PS2]}
 * </pre>
 */
public final class InstrumentLoader {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private InstrumentLoader() {}

  public static Instrument load(Path file) throws InstrumentException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new InstrumentException(file + ": no such instrument file");
    } catch (IOException e) {
      throw new InstrumentException(file + ": cannot read: " + e.getMessage());
    }
  }

  /** Reads one instrument; {@code source} names it in error messages. */
  public static Instrument read(InputStream in, String source) throws InstrumentException {
    InstrumentFile f;
    try {
      byte[] bytes = in.readAllBytes();
      if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
        throw new InstrumentException(source + ": the file is empty");
      }
      f = YAML.readValue(bytes, InstrumentFile.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? source : source + ", line " + at.getLineNr();
      throw new InstrumentException(where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new InstrumentException(source + ": cannot read: " + e.getMessage());
    }
    if (f == null) {
      throw new InstrumentException(source + ": the file is empty");
    }
    return f.toInstrument(source);
  }

  record ScaleFile(Integer min, Integer max, List<String> labels) {}

  record ItemFile(String id, String text, Boolean reverse, String subscale) {}

  record SubscaleFile(String id, String name, List<String> items) {}

  record InstrumentFile(
      String id,
      String name,
      String citation,
      String licence,
      Boolean validated,
      String kind,
      ScaleFile scale,
      List<ItemFile> items,
      List<SubscaleFile> subscales) {

    Instrument toInstrument(String source) throws InstrumentException {
      require(id != null && !id.isBlank(), source, "'id' is missing");
      require(scale != null && scale.min() != null && scale.max() != null, source,
          "'scale' needs 'min' and 'max'");
      require(scale.max() > scale.min(), source,
          "the scale " + scale.min() + ".." + scale.max() + " is empty (max must exceed min)");
      require(items != null && !items.isEmpty(), source, "'items' is missing or empty");
      ResponseScale responses;
      try {
        responses = new ResponseScale(scale.min(), scale.max(), scale.labels());
      } catch (IllegalArgumentException e) {
        throw new InstrumentException(source + ": " + e.getMessage());
      }
      Set<String> ids = new HashSet<>();
      List<Item> built = new ArrayList<>();
      for (ItemFile i : items) {
        require(i.id() != null && !i.id().isBlank(), source, "an item has no 'id'");
        require(ids.add(i.id()), source, "duplicate item id '" + i.id() + "'");
        built.add(new Item(i.id(), i.text(), Boolean.TRUE.equals(i.reverse()), i.subscale()));
      }
      List<Subscale> subs = new ArrayList<>();
      for (SubscaleFile s : subscales == null ? List.<SubscaleFile>of() : subscales) {
        require(s.id() != null && s.items() != null && !s.items().isEmpty(), source,
            "a subscale needs 'id' and 'items'");
        for (String item : s.items()) {
          require(ids.contains(item), source,
              "subscale '" + s.id() + "' names unknown item '" + item + "'");
        }
        subs.add(new Subscale(s.id(), s.name() == null ? s.id() : s.name(), s.items()));
      }
      return new Instrument(id, name == null ? id : name, citation, licence,
          Boolean.TRUE.equals(validated),
          responses, built, subs);
    }

    private static void require(boolean ok, String source, String message)
        throws InstrumentException {
      if (!ok) {
        throw new InstrumentException(source + ": " + message);
      }
    }
  }
}
