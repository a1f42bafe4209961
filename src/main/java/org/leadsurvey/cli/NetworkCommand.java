package org.leadsurvey.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.leadsurvey.analysis.AdviceAnalysis;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.NetworkAnalysis;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.ingest.PeerRatingReader;
import org.leadsurvey.instrument.ResponseScale;
import org.leadsurvey.report.AdviceRenderers;
import org.leadsurvey.report.NetworkFormat;
import org.leadsurvey.report.NetworkRenderers;
import org.leadsurvey.result.AdviceReport;
import org.leadsurvey.result.NetworkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code leadsurvey network}: shared leadership from round-robin peer ratings. */
@Command(
    name = "network",
    header = "Shared leadership as a network, from round-robin peer ratings.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Each member rates every teammate on \"To what degree does your team rely on"
        + " this person for leadership?\" (Carson, Tesluk & Marrone 2007). Per team: density,"
        + " centralization, reciprocity and response rate; with --climate, their correlation"
        + " with the teams' psychological safety. Teams with fewer than --min-group raters are"
        + " hidden in every format.",
        "",
        "With --scope organisation: advice nominations across the organisation (person,advisor)"
        + " and a --roster (team,person): per team the ties sent inside and outside it, the E-I"
        + " index, and a team x team matrix; hidden teams only ever pooled.",
        "",
        "Input, long layout: team,rater,ratee,rating (one row per rating). Wide layout: team,"
        + "rater and one column per person rated (an empty cell is a dyad not rated). Self-"
        + "ratings are ignored. Memory: the ratings of every team are held (a team of n people"
        + " holds n*n numbers per criterion), not the rows of the file.",
        "",
        "Several criteria (as 'generate peer-behaviours' asks): a criterion column in the long"
        + " layout (team,rater,ratee,criterion,rating), or in the wide layout one block of"
        + " columns per criterion named 'Criterion: Person'. Each team is then described per"
        + " criterion, with the overlap of each pair of criteria."},
    footer = {"", "Examples:",
        "  leadsurvey network examples/peer-ratings.csv",
        "  leadsurvey network examples/peer-ratings.csv \\",
        "      --climate examples/team-survey.csv",
        "  leadsurvey network examples/peer-behaviours.csv -f html -o themes.html",
        "  leadsurvey network ratings.csv --layout wide --scale 1..7 --tie-threshold 5",
        "  leadsurvey network ratings.csv --roster roster.csv --show-people -f csv",
        "  leadsurvey network ratings.csv -f dot -o team.dot && dot -Tsvg -O team.dot",
        "  leadsurvey network examples/advice-nominations.csv --scope organisation \\",
        "      --roster examples/advice-roster.csv -f html -o advice.html",
        "",
        "Metrics (n = team members: raters and people rated, or the roster's):",
        "  response        rated dyads / n(n-1).",
        "  density         mean rating over the rated dyads (Carson, Tesluk &",
        "                  Marrone 2007, Academy of Management Journal 50, 1217-34).",
        "  ties            (densityBinary) ties / n(n-1); a tie is a rating at or",
        "                  above --tie-threshold; an unrated dyad is no tie.",
        "  centralization  Freeman (1978) in-degree centralization of the ties,",
        "                  sum(max_j in_j - in_i) / (n-1)^2: 1 = one person leads,",
        "                  0 = fully shared; as igraph's centr_degree(mode = \"in\",",
        "                  loops = FALSE).",
        "  valued c.       the same on in-strength: the sum of the ratings received,",
        "                  each rescaled to 0..1 as (r - min)/(max - min).",
        "  reciprocity     share of ties returned (i->j and j->i), as igraph's",
        "                  reciprocity() in its default mode (Wasserman & Faust 1994).",
        "  overlap r       (several criteria) Pearson r of two criteria's ratings",
        "                  over the dyads rated on both, as R's cor(); none below 3.",
        "  per person      (--show-people) in-degree, teammates who rated them, mean",
        "                  rating received, rank by it among those shown (1 = highest,",
        "                  ties share); only with at least --min-raters raters, and",
        "                  withheld for more people where the withheld ratings together",
        "                  would be fewer.",
        "  climate         Pearson r of the teams' climate means (as 'analyze' shows",
        "                  them) with density and with centralization, 95%% CI by",
        "                  Fisher's z, as R's cor.test; teams shown in both only.",
        "",
        "Organisation scope (--scope organisation, docs/reference/network.md):",
        "  internal        advice ties a team's members send inside the team;",
        "                  external: to other teams.",
        "  E-I index       (E - I)/(E + I) (Krackhardt & Stern 1988).",
        "  betweenness     (--show-people) directed, normalised by (n-1)(n-2), among",
        "                  the shown teams' people, as igraph's betweenness().",
        "",
        "Exit codes: 0 done, 2 bad input or usage."})
final class NetworkCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", arity = "0..1", description = "Peer ratings as CSV, or - for"
      + " standard input (the default when data is piped in).")
  String file;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "auto",
      description = "long, wide or auto (default: ${DEFAULT-VALUE}: long when the --ratee and"
          + " --rating columns are there).")
  PeerRatingReader.Layout layout;

  @Option(names = "--scope", paramLabel = "SCOPE", defaultValue = "within",
      description = "within: peer ratings inside each team; organisation: advice nominations"
          + " (--person, --advisor) across teams, with --roster (default: ${DEFAULT-VALUE}).")
  Scope scope;

  enum Scope { WITHIN, ORGANISATION }

  @Mixin TeamOptions teams;

  @Option(names = "--person", paramLabel = "COLUMN", defaultValue = "person",
      description = "Organisation scope: column of the person asking (default:"
          + " ${DEFAULT-VALUE}).")
  String person;

  @Option(names = "--advisor", paramLabel = "COLUMN", defaultValue = "advisor",
      description = "Organisation scope: column of the person they go to for advice (default:"
          + " ${DEFAULT-VALUE}; an empty cell: answered, named nobody).")
  String advisor;

  @Option(names = "--rater", paramLabel = "COLUMN", defaultValue = "rater",
      description = "Column of the person rating (default: ${DEFAULT-VALUE}).")
  String rater;

  @Option(names = "--ratee", paramLabel = "COLUMN", defaultValue = "ratee",
      description = "Long layout: column of the person rated (default: ${DEFAULT-VALUE}).")
  String ratee;

  @Option(names = "--rating", paramLabel = "COLUMN", defaultValue = "rating",
      description = "Long layout: column of the rating (default: ${DEFAULT-VALUE}).")
  String rating;

  @Option(names = "--criterion", paramLabel = "COLUMN",
      description = "Long layout: column of the criterion rated (default: criterion, when the"
          + " file has it).")
  String criterion;

  @Option(names = "--scale", paramLabel = "MIN..MAX", defaultValue = "1..5",
      description = "Rating scale (default: ${DEFAULT-VALUE}); other values are errors.")
  String scale;

  @Option(names = "--tie-threshold", paramLabel = "X", defaultValue = "4",
      description = "A rating at or above X is a tie (default: ${DEFAULT-VALUE}).")
  double tieThreshold;

  @Option(names = "--roster", paramLabel = "FILE",
      description = "CSV with columns team (as --team) and person: each team's members; a rater"
          + " or person rated who is not in it is an error.")
  String roster;

  @Option(names = "--show-people",
      description = "Name people (sensitive: off by default): within teams, each person's"
          + " mean rating received and rank, from at least --min-raters raters; across teams,"
          + " brokers by betweenness. The dot graph never names anyone.")
  boolean showPeople;

  @Option(names = "--min-raters", paramLabel = "N", defaultValue = "3",
      description = "With --show-people, a person's figures on a criterion need at least N"
          + " raters (default: ${DEFAULT-VALUE}).")
  int minRaters;

  @Option(names = "--climate", paramLabel = "FILE",
      description = "Survey responses (as for 'analyze'): correlate its team means with the"
          + " networks.")
  String climate;

  @Mixin InstrumentIdOption instrument;

  @Option(names = "--climate-team", paramLabel = "COLUMN",
      description = "Team column of the --climate survey (default: as --team).")
  String climateTeam;

  @Option(names = "--climate-scale", paramLabel = "ID",
      description = "Which scale of the instrument to use (default: its first).")
  String climateScale;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json, csv, md, html or dot (Graphviz; within teams) (default:"
          + " ${DEFAULT-VALUE}).")
  NetworkFormat format;

  @Mixin OutputFileOption output;

  @Mixin ReadingOptions reading;

  /** Options that mean something in one scope only; given in the other, they are refused. */
  private static final List<String> WITHIN_ONLY = List.of("--layout", "--rater", "--ratee",
      "--rating", "--criterion", "--scale", "--tie-threshold", "--min-raters", "--climate",
      "--climate-team", "--climate-scale");
  private static final List<String> ORGANISATION_ONLY = List.of("--person", "--advisor");

  @Override
  public Integer call() throws IOException {
    file = ctx().fileOrStdin(file);
    refuseOtherScopesOptions();
    if (scope == Scope.ORGANISATION) {
      return organisation();
    }
    ResponseScale ratingScale = checkOptions();
    refuseOverwrite(output.file(), file, roster, climate);
    NetworkAnalysis analysis = new NetworkAnalysis(new NetworkAnalysis.Request(layout,
        teams.team(), rater, ratee, rating, ratingScale, tieThreshold, teams.minGroup(),
        reading.missingCodes(), showPeople, criterion, minRaters), io(reading.encoding()),
        VersionProvider.version());
    NetworkReport report = analysis.analyze(file, roster, climate == null ? null
        : new NetworkAnalysis.Climate(climate, instrument.id(),
            climateTeam == null ? teams.team() : climateTeam, climateScale));
    emit(output.file(), (w, color) -> NetworkRenderers.write(report, format, color, w));
    return ExitCode.OK;
  }

  private void refuseOtherScopesOptions() {
    boolean organisation = scope == Scope.ORGANISATION;
    for (String name : organisation ? WITHIN_ONLY : ORGANISATION_ONLY) {
      if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
        throw UserError.usage(name + " is for --scope " + (organisation ? "within"
            : "organisation"));
      }
    }
  }

  /** The advice network across teams: its own analysis and renderers. */
  private int organisation() throws IOException {
    int minGroup = teams.minGroup();
    if (roster == null) {
      throw UserError.usage("--scope organisation needs --roster FILE (columns "
          + teams.team() + ",person)");
    }
    if (!AdviceRenderers.supports(format)) {
      throw UserError.usage("--format " + format.name().toLowerCase(Locale.ROOT)
          + " is for --scope within");
    }
    refuseTwoStandardInputs();
    refuseOverwrite(output.file(), file, roster);
    AdviceReport report = new AdviceAnalysis(new AdviceAnalysis.Request(teams.team(), person,
        advisor, minGroup, showPeople, reading.missingCodes()), io(reading.encoding()),
        VersionProvider.version())
        .analyze(file, roster);
    emit(output.file(), (w, color) -> AdviceRenderers.write(report, format, color, w));
    return ExitCode.OK;
  }

  private ResponseScale checkOptions() {
    teams.minGroup(); // checked first, as before
    if (minRaters < 1) {
      throw UserError.usage("--min-raters must be at least 1");
    }
    ResponseScale s;
    try {
      s = ResponseScale.parse(scale);
    } catch (IllegalArgumentException e) {
      throw UserError.usage("--scale: " + e.getMessage());
    }
    if (s.max() <= s.min()) {
      throw UserError.usage("--scale: MAX must be above MIN");
    }
    if (!(tieThreshold > s.min() && tieThreshold <= s.max())) {
      throw UserError.usage("--tie-threshold " + tieThreshold
          + " must be above the scale's minimum and at most its maximum (" + s + ")");
    }
    refuseTwoStandardInputs();
    return s;
  }

  /** The ratings or nominations, the roster and the climate survey: one of them at most is -. */
  private void refuseTwoStandardInputs() {
    if (Stream.of(file, roster, climate).filter("-"::equals).count() > 1) {
      throw UserError.usage("only one input can be standard input (-)");
    }
  }
}
