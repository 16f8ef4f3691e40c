package dev.parallax.compare;

import java.util.List;
import java.util.Objects;

/**
 * A passage that other outlets carry and this article leaves out.
 *
 * @param article the id of the article that leaves it out
 * @param passage the passage's id
 * @param salience the passage's salience, in [0, 1]
 * @param coveredBy the ids of the articles that do carry it
 */
public record Omission(String article, String passage, double salience, List<String> coveredBy) {
  /** Validates and copies. */
  public Omission {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(passage, "passage");
    coveredBy = List.copyOf(coveredBy);
  }
}
