package org.leadsurvey.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version stamped into the jar by the build. */
final class VersionProvider implements IVersionProvider {

  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("/org/leadsurvey/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"leadsurvey " + version()};
  }
}
