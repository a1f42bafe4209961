package org.leadsurvey.instrument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in instruments: the files under {@code surveys/}, read from the classpath.
 * {@code surveys/index.txt} lists their ids, one a line.
 */
public final class InstrumentCatalogue {

  private InstrumentCatalogue() {}

  public static List<String> ids() {
    try (InputStream in = resource("surveys/index.txt")) {
      List<String> ids = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          String id = line.strip();
          if (!id.isEmpty() && !id.startsWith("#")) {
            ids.add(id);
          }
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Instrument builtIn(String id) throws InstrumentException {
    if (!ids().contains(id)) {
      throw new InstrumentException("unknown instrument '" + id + "'; built in: "
          + String.join(", ", ids()) + " (or give the path of an instrument file)");
    }
    String path = "surveys/" + id + ".yaml";
    try (InputStream in = resource(path)) {
      return InstrumentLoader.read(in, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A catalogue id, or the path of an instrument file. */
  public static Instrument resolve(String idOrPath) throws InstrumentException {
    Path path = Path.of(idOrPath);
    if (Files.isRegularFile(path) || idOrPath.endsWith(".yaml") || idOrPath.endsWith(".yml")
        || idOrPath.endsWith(".json") || idOrPath.contains("/")) {
      return InstrumentLoader.load(path);
    }
    return builtIn(idOrPath);
  }

  private static InputStream resource(String path) throws IOException {
    InputStream in = InstrumentCatalogue.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException("missing resource " + path);
    }
    return in;
  }
}
