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
        out.computeIfAbsent(q.sentence(), k -> new TreeSet<>()).add(lemma);
      }
    }
    return out;
  }
}
