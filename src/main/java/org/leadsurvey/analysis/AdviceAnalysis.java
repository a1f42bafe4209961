package org.leadsurvey.analysis;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.leadsurvey.ingest.AdviceNominationReader;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.Roster;
import org.leadsurvey.result.AdviceDisclosure;
import org.leadsurvey.result.AdviceReport;
import org.leadsurvey.stats.network.AdviceNetwork;

/**
 * The application API of {@code network --scope organisation}: reads the roster and the advice
 * nominations, builds the organisation's network and releases it through
 * {@link AdviceDisclosure}. Holds one entry per person and per nomination.
 */
public final class AdviceAnalysis {
  /**
   * @param team the roster's team column
   * @param person the nominations' column of the person asking
   * @param advisor the nominations' column of the person asked
   * @param showPeople whether brokers may be named
   * @param missingCodes cell values meaning an empty cell
   */
  public record Request(String team, String person, String advisor, int minGroup,
      boolean showPeople, Set<String> missingCodes) {}

  private final Request request;
  private final SurveyAnalysis.Io io;
  private final String toolVersion;

  public AdviceAnalysis(Request request, SurveyAnalysis.Io io, String toolVersion) {
    this.request = request;
    this.io = io;
    this.toolVersion = toolVersion;
  }

  public AdviceReport analyze(String file, String roster) {
    InputSource rosterSource = InputSource.of(roster, io.stdin(), io.encoding());
    Roster.Loaded loaded = Roster.read(rosterSource, request.team());
    if (!loaded.errors().isEmpty()) {
      throw UserError.input(loaded.errors().get(0).toString());
    }
    AdviceNominationReader.Organisation org = AdviceNominationReader.organisation(
        loaded.roster(), rosterSource.name());
    if (org.error() != null) {
      throw UserError.input(org.error().toString());
    }
    AdviceNominationReader.People people = org.people();
    int n = people.people().size();
    boolean[] answered = new boolean[n];
    Set<Long> seen = new HashSet<>();
    Ties ties = new Ties();
    InputSource source = InputSource.of(file, io.stdin(), io.encoding());
    Progress progress = io.progress().get();
    AdviceNominationReader.Summary summary = AdviceNominationReader.read(source,
        new AdviceNominationReader.Request(request.person(), request.advisor(), people,
            request.missingCodes()),
        new AdviceNominationReader.NominationHandler() {
          @Override
          public void answered(int person) {
            progress.row();
            answered[person] = true;
          }

          @Override
          public boolean nominated(int person, int advisor) {
            if (!seen.add((long) person * n + advisor)) {
              return false;
            }
            ties.add(person, advisor);
            return true;
          }
        });
    progress.done();
    if (summary.read().hasErrors()) {
      throw UserError.read(summary.read());
    }
    summary.read().findings().forEach(f -> io.notices().warn(f.toString()));
    if (summary.selfNominations() > 0) {
      io.notices().warn(source.name() + ": " + summary.selfNominations()
          + (summary.selfNominations() == 1 ? " self-nomination" : " self-nominations")
          + " ignored");
    }
    AdviceNetwork net = new AdviceNetwork(people.teams().size(), people.teamOf(), answered,
        ties.from(), ties.to());
    return AdviceDisclosure.apply(new AdviceDisclosure.Header(toolVersion,
        List.of(source.name(), rosterSource.name()), summary.read().rows()), net,
        new AdviceDisclosure.Names(people.teams(), people.people()), request.minGroup(),
        request.showPeople());
  }

  /** Ties as two growing int arrays (a nomination costs 8 bytes, not an object). */
  private static final class Ties {
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int size;

    void add(int f, int t) {
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
      }
      from[size] = f;
      to[size++] = t;
    }

    int[] from() {
      return Arrays.copyOf(from, size);
    }

    int[] to() {
      return Arrays.copyOf(to, size);
    }
  }
}
