package dev.parallax.compare;

import dev.parallax.analyze.TextSpan;
import java.util.List;
import java.util.Objects;

/**
 * One typed wording change of an article's version of a passage against the passage's reference version.
 *
 * <p>The spans say where the words stand: {@code fromSpans} in the reference article's text, {@code toSpans}
 * in this article's text, one span per run of adjacent words, in text order. Words that stand apart are
 * joined with " … " in {@code from} and {@code to}, so each run of the text is exactly one span:
 *
 * <table>
 *   <caption>text and spans</caption>
 *   <tr><th>change</th><th>{@code to}</th><th>{@code toSpans}</th></tr>
 *   <tr><td>one word added</td><td>{@code "claimed"}</td><td>one span around "claimed"</td></tr>
 *   <tr><td>words dropped</td><td>{@code ""}</td><td>none</td></tr>
 *   <tr><td>two numbers in different places</td><td>{@code "90,000 … 13,000"}</td><td>two spans, one per number</td></tr>
 * </table>
 *
 * <p>An edit built without spans (the four-argument constructor) has empty span lists: its words are known,
 * not where they stand.
 *
 * @param article the article whose wording differs from the reference
 * @param kind what kind of change it is
 * @param from the reference's words (empty when words were added)
 * @param to this article's words (empty when words were dropped)
 * @param fromSpans where {@code from} stands in the reference article's text, one span per run, in text order
 * @param toSpans where {@code to} stands in this article's text, one span per run, in text order
 */
public record Edit(String article, EditKind kind, String from, String to, List<TextSpan> fromSpans,
    List<TextSpan> toSpans) {
  /** Validates and copies. */
  public Edit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    fromSpans = List.copyOf(Objects.requireNonNull(fromSpans, "fromSpans"));
    toSpans = List.copyOf(Objects.requireNonNull(toSpans, "toSpans"));
  }

  /** An edit whose words are known but not where they stand (no spans). */
  public Edit(String article, EditKind kind, String from, String to) {
    this(article, kind, from, to, List.of(), List.of());
  }
}
