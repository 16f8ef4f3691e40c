package dev.parallax.embeddings;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Analyzer;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sentence pairs with a gold value, read from the shared evaluation data (MSRP: 0/1 labels, STS-B: 0–5
 * scores), each side analyzed into one {@link Sentence}.
 *
 * @param name the data set's name
 * @param pairs the pairs in file order
 */
record PairCorpus(String name, List<PairCorpus.Pair> pairs) {
  /** One pair: both sides analyzed, and the gold value. */
  record Pair(Sentence a, Sentence b, double gold) {}

  PairCorpus {
    pairs = List.copyOf(pairs);
  }

  /** The folder of the shared data ({@code parallax.sharedData}), when it exists. */
  static Optional<Path> sharedData() {
    String dir = System.getProperty("parallax.sharedData");
    return dir == null || !Files.isDirectory(Path.of(dir)) ? Optional.empty() : Optional.of(Path.of(dir));
  }

  /** MSRP training pairs ({@code id a b label}), label 1 for a paraphrase. */
  static PairCorpus msrp(Path sharedData, Analyzer analyzer) {
    return msrp(sharedData, analyzer, Integer.MAX_VALUE);
  }

  /** The first {@code limit} MSRP training pairs. */
  static PairCorpus msrp(Path sharedData, Analyzer analyzer, int limit) {
    return read("msrp", sharedData.resolve("msrp/train.tsv"), analyzer, 3, limit);
  }

  /** STS-B training pairs ({@code id a b score genre}), score 0–5. */
  static PairCorpus stsb(Path sharedData, Analyzer analyzer) {
    return read("stsb", sharedData.resolve("stsb/train.tsv"), analyzer, 3, Integer.MAX_VALUE);
  }

  /** All sentences, both sides, in pair order. */
  List<Sentence> sentences() {
    List<Sentence> out = new ArrayList<>();
    for (Pair p : pairs) {
      out.add(p.a());
      out.add(p.b());
    }
    return out;
  }

  private static PairCorpus read(String name, Path file, Analyzer analyzer, int goldColumn, int limit) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Pair> pairs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (pairs.size() == limit) {
        break;
      }
      String[] f = line.split("\t", -1);
      if (f.length <= goldColumn) {
        continue;
      }
      pairs.add(new Pair(sentence(f[1], analyzer), sentence(f[2], analyzer), Double.parseDouble(f[goldColumn])));
    }
    return new PairCorpus(name, pairs);
  }

  /** {@code text} analyzed as one sentence (the analyzer may split it; the tokens are joined back). */
  static Sentence sentence(String text, Analyzer analyzer) {
    AnalyzedArticle a = analyzer.analyze(Article.of("s", "pairs", null, "", text));
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      tokens.addAll(s.tokens());
    }
    return new Sentence(0, text, 0, text.length(), SentenceRole.BODY, tokens);
  }
}
