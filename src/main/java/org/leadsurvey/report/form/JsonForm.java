package org.leadsurvey.report.form;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.instrument.Subscale;

/**
 * The instrument as data (a contract: scripts depend on these keys). It is also a valid
 * instrument file, so {@code --instrument} and {@code instruments check} accept it back;
 * {@code --title} and {@code --intro} become its {@code name} and {@code instructions}.
 *
 * <pre>
 * {"id", "name", "citation", "licence", "validated", "kind", "instructions",
 *  "scale": {"min", "max", "labels": [..min to max..]},
 *  "items": [{"id", "text", "reverse", "subscale"}],
 *  "subscales": [{"id", "name", "items": [..]}]}
 * </pre>
 */
final class JsonForm implements FormWriter {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void write(Form form, Writer out) throws IOException {
    MAPPER.writeValue(out, tree(form));
    out.write(System.lineSeparator());
    out.flush();
  }

  static ObjectNode tree(Form form) {
    Instrument i = form.instrument();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("id", i.id());
    root.put("name", form.title());
    root.put("citation", i.citation());
    root.put("licence", i.licence());
    root.put("validated", i.validated());
    root.put("kind", i.kind().id());
    root.put("instructions", form.intro());
    ObjectNode scale = root.putObject("scale");
    scale.put("min", i.scale().min()).put("max", i.scale().max());
    ArrayNode labels = scale.putArray("labels");
    i.scale().labels().forEach(labels::add);
    ArrayNode items = root.putArray("items");
    for (Item item : form.items()) {
      ObjectNode o = items.addObject();
      o.put("id", item.id()).put("text", item.text()).put("reverse", item.reverse());
      if (item.subscale() == null) {
        o.putNull("subscale");
      } else {
        o.put("subscale", item.subscale());
      }
    }
    ArrayNode subscales = root.putArray("subscales");
    for (Subscale s : i.subscales()) {
      ObjectNode o = subscales.addObject();
      o.put("id", s.id()).put("name", s.name());
      ArrayNode ids = o.putArray("items");
      s.items().forEach(ids::add);
    }
    return root;
  }
}
