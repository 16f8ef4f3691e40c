package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Stock {@link Aligner}s. */
public final class Aligners {
  private Aligners() {}

  /** The default aligner. TODO(alignment): real grouping; one passage per sentence for now. */
  public static Aligner standard(SentenceSimilarity similarity) {
    Objects.requireNonNull(similarity, "similarity");
    return articles -> {
      List<ArticleEvent> events = new ArrayList<>();
      List<Passage> passages = new ArrayList<>();
      for (AnalyzedArticle a : articles) {
        events.add(new ArticleEvent(a.id(), EventMembership.MAIN, "placeholder"));
        for (Sentence s : a.sentences()) {
          passages.add(new Passage("p" + (passages.size() + 1), 0.0,
              List.of(new PassageMember(a.id(), List.of(s.index()))), 1.0));
        }
      }
      return new Alignment(events, passages);
    };
  }
}
