package org.leadsurvey.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command may touch of the outside world, passed in so that every command runs
 * end to end in a test without a JVM of its own.
 *
 * @param interactive whether stdout and stderr are a terminal (colour, progress)
 */
public record Context(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env,
    boolean interactive) {

  /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
  public boolean color() {
    String noColor = env.get("NO_COLOR");
    return interactive && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
  }

  /** One line on stderr, prefixed with the tool's name. */
  public void error(String message) {
    err.println("leadsurvey: " + message);
    err.flush();
  }

  public void warn(String message) {
    err.println("leadsurvey: warning: " + message);
    err.flush();
  }
}
