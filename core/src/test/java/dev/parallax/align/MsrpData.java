package dev.parallax.align;

import dev.parallax.analyze.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The MSRP training pairs from the shared evaluation data, when present ({@code parallax.sharedData}). */
record MsrpData(List<Sentence> a, List<Sentence> b, boolean[] paraphrase) {

  /** One labelled pair set with binary decisions scored at a threshold. */
  record Scores(double accuracy, double precision, double recall, double f1) {}

  /** The training set, or empty when the shared data is absent. */
  static Optional<MsrpData> train() throws IOException {
    String root = System.getProperty("parallax.sharedData");
    if (root == null) {
      return Optional.empty();
    }
    Path file = Path.of(root, "msrp", "train.tsv");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Sentence> a = new ArrayList<>();
    List<Sentence> b = new ArrayList<>();
    boolean[] label = new boolean[lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      a.add(TextSentences.of(f[1]));
      b.add(TextSentences.of(f[2]));
      label[i - 1] = f[3].trim().equals("1");
    }
    return Optional.of(new MsrpData(a, b, label));
  }

  /** Every sentence of both columns: the corpus a similarity is bound to. */
  List<Sentence> corpus() {
    List<Sentence> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Scores of each pair under {@code scorer}. */
  double[] score(SentenceSimilarity.Scorer scorer) {
    double[] s = new double[a.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = scorer.score(a.get(i), b.get(i));
    }
    return s;
  }

  /** Accuracy, precision, recall and F1 (in percent) of deciding "paraphrase" when score >= threshold. */
  Scores evaluate(double[] scores, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean yes = scores[i] >= threshold;
      if (yes && paraphrase[i]) {
        tp++;
      } else if (yes) {
        fp++;
      } else if (paraphrase[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    return new Scores(100.0 * (tp + tn) / scores.length, 100 * p, 100 * r, 100 * f);
  }
}
