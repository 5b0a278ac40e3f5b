package org.stockreaction.ingest;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the valid name nearest to a misspelt one. */
public final class Names {

  private Names() {}

  /**
   * The candidate nearest to {@code name}, when it is near enough to be a misspelling of it: at
   * most two edits, or a third of the name's length for longer names ({@code --bogus} is no
   * misspelt {@code --input}).
   */
  public static java.util.Optional<String> near(String name, Collection<String> candidates) {
    Match m = nearest(name, candidates);
    return m.name() != null && m.distance() <= Math.max(2, name.length() / 3)
        ? java.util.Optional.of(m.name()) : java.util.Optional.empty();
  }

  /** The candidate nearest to {@code name} by Levenshtein distance, ignoring case. */
  public static String closest(String name, Collection<String> candidates) {
    return nearest(name, candidates).name();
  }

  /** A candidate and its distance; a null name when there was none. */
  private record Match(String name, int distance) {}

  private static Match nearest(String name, Collection<String> candidates) {
    LevenshteinDistance levenshtein = LevenshteinDistance.getDefaultInstance();
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = levenshtein.apply(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return new Match(best, bestD);
  }
}
