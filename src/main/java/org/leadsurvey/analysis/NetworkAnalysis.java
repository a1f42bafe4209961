package org.leadsurvey.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leadsurvey.ingest.InputSource;
import org.leadsurvey.ingest.PeerRatingReader;
import org.leadsurvey.ingest.Roster;
import org.leadsurvey.instrument.ResponseScale;
import org.leadsurvey.result.NetworkReport;
import org.leadsurvey.result.NetworkResult;
import org.leadsurvey.result.NameOrder;
import org.leadsurvey.result.NetworkSuppression;
import org.leadsurvey.stats.network.PeerNetwork;
import org.leadsurvey.stats.network.PeerRatings;

/**
 * The application API of {@code network}: reads round-robin peer ratings (and a roster), builds
 * each team's network, hides small teams, and joins a survey's team climate when asked.
 */
public final class NetworkAnalysis {
  /**
   * How the ratings are read and judged.
   *
   * @param team the team column, also the roster's
   * @param tieThreshold a rating at or above it is a tie
   * @param missingCodes cell values meaning not rated
   * @param showPeople whether per-person standings (and names) may be shown
   * @param criterion the long layout's criterion column, or null to detect one named
   *     {@value PeerRatingReader#CRITERION_COLUMN}
   * @param minRaters fewest raters for a person's figures to be shown
   */
  public record Request(PeerRatingReader.Layout layout, String team, String rater, String ratee,
      String rating, ResponseScale scale, double tieThreshold, int minGroup,
      Set<String> missingCodes, boolean showPeople, String criterion, int minRaters) {}

  /**
   * A survey whose team means are correlated with the networks ({@code --climate}).
   *
   * @param teamColumn its team column
   * @param scaleId the scale to use, or null for the instrument's first
   */
  public record Climate(String file, String instrument, String teamColumn, String scaleId) {}

  private final Request request;
  private final SurveyAnalysis.Io io;
  private final String toolVersion;

  public NetworkAnalysis(Request request, SurveyAnalysis.Io io, String toolVersion) {
    this.request = request;
    this.io = io;
    this.toolVersion = toolVersion;
  }

  /**
   * @param roster each team's members (CSV team,person), or null
   * @param climate the survey to join, or null
   */
  public NetworkReport analyze(String file, String roster, Climate climate) throws IOException {
    ResponseScale scale = request.scale();
    Roster members = null;
    if (roster != null) {
      Roster.Loaded loaded = Roster.read(InputSource.of(roster, io.stdin(), io.encoding()),
          request.team());
      if (!loaded.errors().isEmpty()) {
        throw UserError.input(loaded.errors().get(0).toString());
      }
      members = loaded.roster();
    }
    Map<String, PeerRatings> teams = new LinkedHashMap<>();
    if (members != null) {
      members.teams().forEach((t, people) -> {
        PeerRatings r = teams.computeIfAbsent(t, k -> newTeam(k, scale));
        people.forEach(r::member);
      });
    }
    InputSource source = InputSource.of(file, io.stdin(), io.encoding());
    PeerRatingReader.Request read = new PeerRatingReader.Request(request.layout(),
        request.team(), request.rater(), request.ratee(), request.rating(), request.criterion(),
        scale, request.missingCodes(), members);
    Progress progress = io.progress().get();
    Set<String> criteria = new LinkedHashSet<>();
    PeerRatingReader.Summary summary = PeerRatingReader.read(source, read,
        (t, from, to, criterion, value) -> {
          progress.row();
          PeerRatings r = teams.computeIfAbsent(t, k -> newTeam(k, scale));
          if (Double.isNaN(value)) {
            r.member(from);
            r.member(to);
            return null;
          }
          String c = criterion == null ? "" : criterion;
          criteria.add(c);
          return r.add(c, from, to, value) == PeerRatings.Added.DUPLICATE
              ? "\"" + from + "\" rated \"" + to + "\"" + (criterion == null ? ""
                  : " on \"" + criterion + "\"") + " twice in team \"" + t + "\""
                  + (criterion == null ? " (ratings on several criteria? name the criterion"
                  + " column with --criterion)" : "") : null;
        });
    progress.done();
    if (summary.read().hasErrors()) {
      throw UserError.read(summary.read());
    }
    summary.read().findings().forEach(f -> io.notices().warn(f.toString()));
    List<String> names = summary.criteria() ? List.copyOf(criteria) : List.of("");
    if (names.isEmpty()) {
      names = List.of("");
    }
    List<List<PeerNetwork>> networks = new ArrayList<>();
    // shown in the locale's order; which teams are hidden does not depend on it (Suppression)
    List<String> shownOrder = NameOrder.forDefaultLocale().sorted(new ArrayList<>(teams.keySet()),
        n -> n);
    for (String t : shownOrder) {
      networks.add(names.stream().map(c -> teams.get(t).network(c)).toList());
    }
    List<NetworkResult> results = NetworkSuppression.apply(names, networks,
        request.tieThreshold(), request.minGroup(), request.minRaters());
    NetworkReport.Climate joined = climate == null ? null : ClimateJoin.run(io, climate.file(),
        climate.instrument(), climate.teamColumn(), climate.scaleId(), request.minGroup(),
        request.missingCodes(), names, results);
    return new NetworkReport(toolVersion, List.of(source.name()), summary.read().rows(),
        summary.layout().name().toLowerCase(Locale.ROOT), scale.min(), scale.max(),
        request.tieThreshold(), request.minGroup(), summary.selfRatings(), request.showPeople(),
        names, request.minRaters(), results, joined);
  }

  private static PeerRatings newTeam(String name, ResponseScale s) {
    return new PeerRatings(name, s.min(), s.max());
  }
}
