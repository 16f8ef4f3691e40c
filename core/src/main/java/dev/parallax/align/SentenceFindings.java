package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Mention;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.Token;
import dev.parallax.analyze.TokenKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the analyzer found in each sentence node of one alignment call that the same-fact features read: its
 * mentions (numbers, dates, weekdays) and the surnames of its quotations' speakers.
 *
 * <p>Each article is indexed on first use: not thread-safe, one per alignment call.
 */
final class SentenceFindings {
  private final SentenceNodes nodes;
  private final Lexicon lexicon;
  /** Per article, filled on first use: its mentions by sentence index. */
  private final List<Map<Integer, List<Mention>>> mentionsBySentence;
  /** Per article, filled on first use: its quotations' speakers by sentence index. */
  private final List<Map<Integer, Set<String>>> speakersBySentence;

  SentenceFindings(SentenceNodes nodes, Lexicon lexicon) {
    this.nodes = nodes;
    this.lexicon = lexicon;
    int articles = nodes.articles().size();
    mentionsBySentence = new ArrayList<>(Collections.nCopies(articles, null));
    speakersBySentence = new ArrayList<>(Collections.nCopies(articles, null));
  }

  /** The numbers, dates and weekdays the analyzer found in the node's sentence. */
  List<Mention> mentions(int node) {
    int a = nodes.articleOf(node);
    if (mentionsBySentence.get(a) == null) {
      Map<Integer, List<Mention>> index = new HashMap<>();
      for (Mention m : nodes.articles().get(a).mentions()) {
        index.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      }
      mentionsBySentence.set(a, index);
    }
    return mentionsBySentence.get(a).getOrDefault(nodes.sentence(node).index(), List.of());
  }

  /** Per article, filled on first use: the share of each sentence's characters inside quotation marks, by index. */
  private final Map<Integer, double[]> quotedShares = new HashMap<>();

  /**
   * The share of the node's sentence's characters that stand inside the analyzer's quotations, in [0, 1]; 0 for an
   * empty sentence.
   */
  double quotedShare(int node) {
    int a = nodes.articleOf(node);
    double[] shares = quotedShares.computeIfAbsent(a, k -> {
      AnalyzedArticle article = nodes.articles().get(a);
      double[] out = new double[article.sentences().size()];
      for (Quote q : article.quotes()) {
        for (int si = q.sentence(); si < out.length && article.sentences().get(si).start() < q.end(); si++) {
          Sentence s = article.sentences().get(si);
          int inside = Math.min(s.end(), q.end()) - Math.max(s.start(), q.start());
          if (inside > 0 && s.end() > s.start()) {
            out[si] += (double) inside / (s.end() - s.start());
          }
        }
      }
      return out;
    });
    return Math.min(1.0, shares[nodes.sentence(node).index()]);
  }

  /** The node's words and numbers that stand inside the analyzer's quotations, lower case, in order. */
  List<String> quotedWords(int node) {
    AnalyzedArticle article = nodes.articles().get(nodes.articleOf(node));
    Sentence s = nodes.sentence(node);
    List<String> out = new ArrayList<>();
    for (Token t : s.tokens()) {
      if (t.isContent()) {
        for (Quote q : article.quotes()) {
          if (t.start() >= q.start() && t.end() <= q.end()) {
            out.add(t.norm());
            break;
          }
        }
      }
    }
    return out;
  }

  /** The lemmas of the surnames of the node's quotations' speakers as its article writes them; empty when none. */
  Set<String> speakers(int node) {
    int a = nodes.articleOf(node);
    if (speakersBySentence.get(a) == null) {
      speakersBySentence.set(a, speakerIndex(nodes.articles().get(a)));
    }
    return speakersBySentence.get(a).getOrDefault(nodes.sentence(node).index(), Set.of());
  }

  /** Per sentence of an article, the lemmas of its quotations' speakers' surnames as the article writes them. */
  private Map<Integer, Set<String>> speakerIndex(AnalyzedArticle article) {
    return speakerIndex(article, false);
  }

  /**
   * The lemmas of the surnames of the speakers of the quotations that stand in the node's sentence, also of one that
   * opened in a sentence before ("… history," Doe said.); empty when none.
   */
  Set<String> quoteSpeakers(int node) {
    int a = nodes.articleOf(node);
    return spanningSpeakers.computeIfAbsent(a, k -> speakerIndex(nodes.articles().get(a), true))
        .getOrDefault(nodes.sentence(node).index(), Set.of());
  }

  /** Per article, filled on first use: the speakers of the quotations standing in each sentence, by index. */
  private final Map<Integer, Map<Integer, Set<String>>> spanningSpeakers = new HashMap<>();

  /**
   * Per sentence of an article, the lemmas of its quotations' speakers' surnames as the article writes them: of those
   * that open in the sentence, or ({@code spanning}) of all that stand in it.
   */
  private Map<Integer, Set<String>> speakerIndex(AnalyzedArticle article, boolean spanning) {
    Map<Integer, Set<String>> out = new HashMap<>();
    Map<String, String> lemmaOf = null;
    for (Quote q : article.quotes()) {
      if (q.speaker().isEmpty()) {
        continue;
      }
      if (lemmaOf == null) {
        lemmaOf = new HashMap<>();
        for (Sentence s : article.sentences()) {
          for (Token t : s.tokens()) {
            if (t.kind() == TokenKind.WORD && t.isCapitalized()) {
              lemmaOf.putIfAbsent(t.norm(), IrregularVerbs.standard().base(t.lemma()));
            }
          }
        }
      }
      String speaker = q.speaker().get().strip();
      String surname = speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
      String lemma = lemmaOf.get(surname);
      if (lemma != null && lemma.length() > 2 && !lexicon.isStopWord(surname)) {
        int last = q.sentence();
        while (spanning && last + 1 < article.sentences().size()
            && article.sentences().get(last + 1).start() < q.end()) {
          last++;
        }
        for (int si = q.sentence(); si <= last; si++) {
          out.computeIfAbsent(si, k -> new TreeSet<>()).add(lemma);
        }
      }
    }
    return out;
  }
}
