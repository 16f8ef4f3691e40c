package dev.parallax.report;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The name reports give the event: the headline whose words the other articles' headlines and leads share
 * most, so a round-up's headline about something broader, or a question, loses to the one the articles
 * agree on.
 *
 * <p>Each main-event article's headline (its title, or its first sentence when it has none) is a candidate; when
 * some article has a real headline (a title, or a first sentence read as a headline), an article without one (a
 * brief that opens with its story) is none.
 * A candidate scores the mean, over the other articles, of the share of its content words (lower-cased, a
 * plural's "s" dropped, a few function words left out) found in that article's headline and first
 * {@value #LEAD} reporting sentences. The highest score wins; ties go to the article given first.
 *
 * <table>
 *   <caption>Edge cases</caption>
 *   <tr><th>articles</th><th>name</th></tr>
 *   <tr><td>none</td><td>"" (empty)</td></tr>
 *   <tr><td>one</td><td>its headline</td></tr>
 *   <tr><td>no headline shares a word with the others</td><td>the first article's headline</td></tr>
 * </table>
 */
final class EventName {
  /** How many reporting sentences after the headline count as the lead. */
  static final int LEAD = 3;
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "with", "that", "this", "from",
      "are", "was", "were", "has", "have", "had", "will", "would", "its", "his", "her", "their", "our", "about",
      "after", "over", "into", "says", "said", "not", "but", "than", "what", "who", "why", "how", "new");

  private EventName() {}

  /** The name of the event the {@code main} articles report (see the class comment). */
  static String of(List<AnalyzedArticle> main) {
    if (main.isEmpty()) {
      return "";
    }
    boolean anyHeadline = main.stream().anyMatch(EventName::hasHeadline);
    String best = headline(main.stream().filter(a -> !anyHeadline || hasHeadline(a)).findFirst().orElse(main.get(0)));
    double bestScore = -1;
    for (AnalyzedArticle candidate : main) {
      Set<String> terms = terms(headline(candidate));
      if (terms.isEmpty() || anyHeadline && !hasHeadline(candidate)) {
        continue; // a brief's first sentence names the event only when no article has a headline
      }
      double sum = 0;
      for (AnalyzedArticle other : main) {
        if (other != candidate) {
          Set<String> lead = lead(other);
          sum += terms.stream().filter(lead::contains).count() / (double) terms.size();
        }
      }
      double score = main.size() == 1 ? 0 : sum / (main.size() - 1);
      if (score > bestScore) {
        bestScore = score;
        best = headline(candidate);
      }
    }
    return best;
  }

  /** Whether the article has a headline: a title, or a first sentence read as one. */
  private static boolean hasHeadline(AnalyzedArticle a) {
    return !a.article().title().isBlank()
        || !a.sentences().isEmpty() && a.sentences().get(0).role() == SentenceRole.HEADLINE;
  }

  /** The article's title, or its first sentence when it has none (plain text files carry no title). */
  static String headline(AnalyzedArticle a) {
    if (!a.article().title().isBlank() || a.sentences().isEmpty()) {
      return a.article().title();
    }
    return a.sentences().get(0).text();
  }

  private static Set<String> lead(AnalyzedArticle a) {
    Set<String> out = terms(headline(a));
    int n = 0;
    for (Sentence s : a.sentences()) {
      if (s.isReporting() && n++ <= LEAD) {
        out.addAll(terms(s.text()));
      }
    }
    return out;
  }

  /** The words of {@code text} of three letters or more, function words apart, a plural's "s" cut. */
  static Set<String> terms(String text) {
    Set<String> out = new HashSet<>();
    for (String w : HtmlReport.words(text, new HashSet<>())) {
      String t = w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
      if (t.length() >= 3 && !FUNCTION_WORDS.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
