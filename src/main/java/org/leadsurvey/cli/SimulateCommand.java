package org.leadsurvey.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leadsurvey.analysis.ExitCode;
import org.leadsurvey.analysis.Progress;
import org.leadsurvey.analysis.UserError;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Item;
import org.leadsurvey.report.OutputFiles;
import org.leadsurvey.simulate.PeerRatingSimulator;
import org.leadsurvey.simulate.SurveySimulator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code leadsurvey simulate}: realistic, reproducible survey data for demos, tests and benchmarks. */
@Command(
    name = "simulate",
    header = "Generate realistic survey responses (or peer ratings) as CSV.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Writes the plain CSV a survey export would (respondent,team,items; a wave "
        + "column with --waves), one row at a time, so any size streams in constant memory. "
        + "Team effect (--icc), item loadings, reverse-keyed items answered as people tick "
        + "them, missing answers and careless responders follow a one-factor two-level model "
        + "(a latent trait whose share --icc lies between teams; each answer is loading x trait"
        + " + noise, cut into the answer options)."
        + " The same options and --seed always give the same bytes.",
        "Respondents join teams at random, so team sizes vary around the mean (some teams "
        + "fall below the minimum group size, as in real data); rows come in random team order."},
    footer = {"", "Examples:",
        "  leadsurvey simulate -n 500 --teams 40 -o demo.csv",
        "  leadsurvey simulate -n 1000000 --team-size 10 --icc 0.2 --seed 7 -o big.csv",
        "  leadsurvey simulate -n 2000 --careless 0.1 | leadsurvey analyze - --screen",
        "  leadsurvey simulate --items Q1,Q2,Q3,Q4 --scale 1..5 --reverse Q3",
        "  leadsurvey simulate -n 60 --teams 8 --peer-ratings -o peers.csv",
        "",
        "--peer-ratings holds one number per respondent in memory (to list each team's",
        "members); survey rows hold nothing per respondent. Exit codes: 0 done, 2 bad usage."})
final class SimulateCommand extends BaseCommand {

  @Mixin InstrumentOptions instrumentOptions;

  @Option(names = {"-n", "--respondents"}, paramLabel = "N", defaultValue = "1000",
      description = "Respondents per wave (default: ${DEFAULT-VALUE}).")
  long respondents;

  static final class Teams {
    @Option(names = "--teams", paramLabel = "J", description = "Number of teams.")
    Integer teams;

    @Option(names = "--team-size", paramLabel = "MEAN",
        description = "Mean team size instead of --teams (default: 8).")
    Double teamSize;
  }

  @ArgGroup(exclusive = true) Teams teamOptions;

  @Option(names = "--icc", paramLabel = "SHARE", defaultValue = "0.15",
      description = "Share of the latent trait's variance between teams (default: ${DEFAULT-VALUE}); "
          + "the ICC(1) of scale scores comes out a little lower.")
  double icc;

  @Option(names = "--loading", paramLabel = "L|ITEM=L", split = ",",
      description = "Factor loading of every item (L) or of named items (ITEM=L); default 0.75, "
          + "0.6 for reverse-keyed items.")
  List<String> loadings;

  @Option(names = "--missing", paramLabel = "SHARE", defaultValue = "0.02",
      description = "Share of answers left empty, at random (default: ${DEFAULT-VALUE}); with "
          + "--peer-ratings, share of dyads not rated.")
  double missing;

  @Option(names = "--careless", paramLabel = "SHARE", defaultValue = "0.02",
      description = "Share of careless responders, half ticking at random, half the same "
          + "option throughout (default: ${DEFAULT-VALUE}).")
  double careless;

  @Option(names = "--waves", paramLabel = "W", defaultValue = "1",
      description = "Survey waves (default: ${DEFAULT-VALUE}); above 1, adds a wave column "
          + "1..W and writes the same respondents once per wave, wave after wave.")
  int waves;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--peer-ratings",
      description = "Write round-robin peer ratings instead: team,rater,ratee,rating (1..5), "
          + "every member rating every other member, for 'leadsurvey network'; with"
          + " -i peer-behaviours, on each of its criteria (team,rater,ratee,criterion,rating).")
  boolean peerRatings;

  @Mixin OutputFileOption output;

  @Override
  public Integer call() throws IOException {
    Context ctx = ctx();
    Instrument instrument = instrumentOptions.instrument();
    if (respondents < 1) {
      throw usage("--respondents must be at least 1");
    }
    int teams = teams();
    share("--icc", icc, true);
    share("--missing", missing, false);
    share("--careless", careless, false);
    if (waves < 1 || waves > 999) {
      throw usage("--waves must be between 1 and 999");
    }
    if (peerRatings && respondents > Integer.MAX_VALUE) {
      throw usage("--peer-ratings takes at most " + Integer.MAX_VALUE + " respondents");
    }
    List<Item> items = instrument.items();
    boolean[] reverse = new boolean[items.size()];
    for (int i = 0; i < reverse.length; i++) {
      reverse[i] = items.get(i).reverse();
    }
    double[] itemLoadings = loadings(items);
    Progress progress = new Progress(ctx.err(), ctx.progress(output.file() != null), "wrote",
        ctx.clock());
    // Standard output is a PrintWriter, which swallows a closed pipe (`... | head`): check it
    // every so many rows and stop quietly, instead of generating millions of rows for nobody.
    SurveySimulator.Rows rows = n -> {
      progress.advanceTo(n);
      if (output.file() == null && ctx.out().checkError()) {
        throw new OutputClosed();
      }
    };
    OutputFiles.Body body;
    if (peerRatings) {
      // A peer-rating instrument with several items (peer-behaviours) rates each on its own.
      List<String> criteria = instrument.isPeerRating() ? instrument.itemIds() : List.of();
      PeerRatingSimulator sim = new PeerRatingSimulator(respondents, teams, icc, missing, seed,
          criteria);
      body = w -> sim.write(w, rows);
    } else {
      SurveySimulator sim = new SurveySimulator(new SurveySimulator.Settings(instrument.itemIds(),
          reverse, itemLoadings, instrument.scale().min(), instrument.scale().max(), respondents,
          teams, icc, missing, careless, waves, seed));
      body = w -> sim.write(w, rows);
    }
    try {
      if (output.file() != null) {
        OutputFiles.writeAtomically(output.file(), body);
      } else {
        Writer out = ctx.out();
        body.write(out);
      }
    } catch (OutputClosed e) {
      return ExitCode.OK;
    } finally {
      progress.done();
    }
    return ExitCode.OK;
  }

  /** The reader of standard output went away. */
  private static final class OutputClosed extends RuntimeException {
    OutputClosed() {
      super(null, null, false, false);
    }
  }

  private int teams() {
    long j;
    if (teamOptions != null && teamOptions.teams != null) {
      j = teamOptions.teams;
      if (j < 1) {
        throw usage("--teams must be at least 1");
      }
    } else {
      double size = teamOptions != null && teamOptions.teamSize != null ? teamOptions.teamSize : 8;
      if (!(size >= 1)) {
        throw usage("--team-size must be at least 1");
      }
      j = Math.max(1, Math.round(respondents / size));
    }
    if (j > respondents) {
      throw usage("--teams (" + j + ") cannot exceed --respondents (" + respondents + ")");
    }
    return Math.toIntExact(j);
  }

  private void share(String name, double v, boolean belowOne) {
    if (!(v >= 0 && (belowOne ? v < 1 : v <= 1))) {
      throw usage(name + " must be a share between 0 and " + (belowOne ? "0.99" : "1")
          + ", got " + v);
    }
  }

  private double[] loadings(List<Item> items) {
    double[] l = new double[items.size()];
    for (int i = 0; i < l.length; i++) {
      l[i] = items.get(i).reverse() ? 0.6 : 0.75;
    }
    if (loadings == null) {
      return l;
    }
    Map<String, Double> named = new LinkedHashMap<>();
    for (String spec : loadings) {
      String s = spec.strip();
      int eq = s.indexOf('=');
      double v = loading(eq < 0 ? s : s.substring(eq + 1).strip());
      if (eq < 0) {
        Arrays.fill(l, v);
      } else {
        named.put(s.substring(0, eq).strip(), v);
      }
    }
    for (Map.Entry<String, Double> e : named.entrySet()) {
      int i = indexOf(items, e.getKey());
      if (i < 0) {
        throw usage("--loading names " + e.getKey() + ", which is not an item of the instrument ("
            + String.join(", ", items.stream().map(Item::id).toList()) + ")");
      }
      l[i] = e.getValue();
    }
    return l;
  }

  private static int indexOf(List<Item> items, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equalsIgnoreCase(id)) {
        return i;
      }
    }
    return -1;
  }

  private double loading(String text) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw usage("--loading: expected a number between 0 and 1 or ITEM=number, got '" + text + "'");
    }
    if (!(v >= 0 && v <= 1)) {
      throw usage(String.format(Locale.ROOT, "--loading must be between 0 and 1, got %s", text));
    }
    return v;
  }

  private static UserError usage(String message) {
    return UserError.usage(message);
  }
}
