package dev.parallax.align;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Analyzer;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.List;

/** Turns raw strings into analysed {@link Sentence}s for similarity tests and evaluations. */
final class TextSentences {
  private static final Analyzer ANALYZER = EnglishAnalyzer.create(EnglishModels.load());

  private TextSentences() {}

  /** The shared default analyzer. */
  static Analyzer analyzer() {
    return ANALYZER;
  }

  /** {@code text} analysed as one sentence (its tokens joined if the splitter sees several). */
  static Sentence of(String text) {
    AnalyzedArticle a = ANALYZER.analyze(Article.of("s", "s", null, "", text));
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      tokens.addAll(s.tokens());
    }
    return new Sentence(0, text, 0, text.length(), SentenceRole.BODY, tokens);
  }
}
