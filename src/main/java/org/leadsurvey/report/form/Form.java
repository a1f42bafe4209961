package org.leadsurvey.report.form;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.leadsurvey.instrument.Instrument;
import org.leadsurvey.instrument.Item;

/**
 * What a generated questionnaire shows: the instrument, its title and introduction, and the
 * items in the order they are asked (the instrument's order, or shuffled with a seed).
 *
 * @param members for a peer-rating instrument, the rows of the rating grid (names or placeholders)
 */
public record Form(Instrument instrument, String title, String intro, List<Item> items,
    List<String> members) {

  /** Placeholder rows of a peer-rating grid when no member names are given. */
  public static final int DEFAULT_MEMBERS = 6;

  public Form {
    items = List.copyOf(items);
    members = List.copyOf(members);
  }

  /**
   * @param title null for the instrument's name
   * @param intro null for the instrument's instructions
   * @param seed null to keep the instrument's order; else items are shuffled with this seed
   * @param members null or empty for placeholders ("Team member 1", ...)
   */
  public static Form of(Instrument instrument, String title, String intro, Long seed,
      List<String> members) {
    List<Item> items = new ArrayList<>(instrument.items());
    if (seed != null) {
      Collections.shuffle(items, new Random(seed));
    }
    List<String> rows = new ArrayList<>();
    if (members == null || members.isEmpty()) {
      for (int m = 1; m <= DEFAULT_MEMBERS; m++) {
        rows.add("Team member " + m);
      }
    } else {
      rows.addAll(members);
    }
    return new Form(instrument, title == null || title.isBlank() ? instrument.name() : title,
        intro == null ? instrument.instructions() : intro, items, rows);
  }

  public boolean peerRating() {
    return instrument.isPeerRating();
  }

  /** A peer rating on several criteria: one item per criterion, each rated for everyone. */
  public boolean peerCriteria() {
    return peerRating() && instrument.items().size() > 1;
  }

  /** The answer options as (value, label) in order from min to max; label may be empty. */
  public List<Option> options() {
    List<Option> out = new ArrayList<>();
    var s = instrument.scale();
    for (int v = s.min(); v <= s.max(); v++) {
      out.add(new Option(v, s.labels().isEmpty() ? "" : s.labels().get(v - s.min())));
    }
    return out;
  }

  /** One answer option. */
  public record Option(int value, String label) {
    /** The label, or the number when the scale has no labels. */
    public String display() {
      return label.isEmpty() ? Integer.toString(value) : label;
    }
  }

  /** The column of the team in response files, and the question that asks for it. */
  public static final String TEAM_COLUMN = "team";
  public static final String TEAM_QUESTION = "Which team are you in?";
  /** Peer-rating columns, long format: {@code team,rater,ratee,rating}. */
  public static final List<String> PEER_COLUMNS = List.of("team", "rater", "ratee", "rating");
  /** Several criteria (one item each): {@code team,rater,ratee,criterion,rating}. */
  public static final List<String> PEER_CRITERIA_COLUMNS = List.of("team", "rater", "ratee",
      "criterion", "rating");
  public static final String RATER_QUESTION = "Your name (as your team knows you)";
}
