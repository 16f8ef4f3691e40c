package dev.parallax.align;

import java.util.Objects;

/**
 * The event decision for one article, with the reason a person can check.
 *
 * @param article the article's id
 * @param membership main event or another one
 * @param reason why, in one sentence ("shares 7 passages with 3 other articles", "published 22 days after ...")
 */
public record ArticleEvent(String article, EventMembership membership, String reason) {
  /** Validates the fields. */
  public ArticleEvent {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(reason, "reason");
  }
}
