package org.stockreaction.ingest;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Suggests the valid name nearest to a misspelt one. */
public final class Names {

  private Names() {}

  /** The candidate nearest to {@code name} by Levenshtein distance, ignoring case. */
  public static String closest(String name, Collection<String> candidates) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance.apply(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }
}
