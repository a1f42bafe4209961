package org.leadsurvey.analysis;

/**
 * Where the analysis says what a user should know while it works: a warning (a finding of the
 * read, a missing column), or an error about one input of several, when the run goes on to
 * report the others before it stops.
 */
public interface Notices {
  void warn(String message);

  void error(String message);
}
