package dev.parallax.report;

import dev.parallax.Comparison;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.util.Locale;
import java.util.Objects;

/**
 * A short plain-text summary of a {@link Comparison} for a terminal: the articles, the top passages with
 * who carries them, and (once computed) omissions, quotes, discrepancies and copying.
 *
 * <p>Stateless and thread-safe; deterministic.
 */
public final class TextReport {
  private static final int TOP_PASSAGES = 8;
  private static final int SNIPPET = 100;

  private TextReport() {}

  /** The summary as text, ending with a newline. */
  public static String render(Comparison c) {
    Objects.requireNonNull(c, "comparison");
    StringBuilder sb = new StringBuilder();
    sb.append("Parallax: ").append(c.articles().size()).append(" articles, ")
        .append(c.passages().size()).append(" passages (similarity: ").append(c.similarity()).append(")\n\n");
    sb.append("Articles\n");
    for (int i = 0; i < c.articles().size(); i++) {
      AnalyzedArticle a = c.articles().get(i);
      ArticleEvent e = i < c.events().size() ? c.events().get(i) : null;
      sb.append(String.format(Locale.ROOT, "  %-24s %-18s %-10s %3d sentences%s%n",
          a.id(), a.article().outlet(), a.article().published().map(Object::toString).orElse("-"),
          a.sentences().size(),
          e != null && e.membership() == EventMembership.OTHER ? "  OTHER EVENT: " + e.reason() : ""));
    }
    sb.append("\nTop passages\n");
    int shown = 0;
    for (Passage p : c.passages()) {
      if (shown++ >= TOP_PASSAGES) {
        break;
      }
      sb.append(String.format(Locale.ROOT, "  %-4s salience %.2f  carried by %s%n", p.id(), p.salience(),
          String.join(", ", p.articles())));
      sb.append("       ").append(snippet(c, p)).append('\n');
    }
    return sb.toString();
  }

  private static String snippet(Comparison c, Passage p) {
    var m = p.members().get(0);
    AnalyzedArticle a = c.article(m.article()).orElseThrow();
    Sentence s = a.sentences().get(m.sentences().get(0));
    String t = s.text().replaceAll("\\s+", " ");
    return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET - 1) + "\u2026";
  }
}
