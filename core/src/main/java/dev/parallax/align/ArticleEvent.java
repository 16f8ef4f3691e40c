package dev.parallax.align;

import java.util.Objects;

/**
 * The event decision for one article, with the reason a person can check and its basis a program can use.
 *
 * @param article the article's id
 * @param membership main event or another one
 * @param reason why, in one sentence ("shares 7 passages with 3 other articles", "published 22 days after ...")
 * @param basis the rule that decided, as a closed set ({@link EventBasis#SHARES_FACTS},
 *     {@link EventBasis#PUBLISHED_APART}, ...)
 */
public record ArticleEvent(String article, EventMembership membership, String reason, EventBasis basis) {
  /** Validates the fields. */
  public ArticleEvent {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(basis, "basis");
  }

  /** An event decision without a machine-readable basis ({@link EventBasis#UNSPECIFIED}). */
  public ArticleEvent(String article, EventMembership membership, String reason) {
    this(article, membership, reason, EventBasis.UNSPECIFIED);
  }
}
