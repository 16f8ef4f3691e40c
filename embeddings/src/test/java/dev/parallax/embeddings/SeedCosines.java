package dev.parallax.embeddings;

import dev.parallax.Parallax;
import java.util.List;

/**
 * Prints each model's embedding cosine for the seed pairs that {@link EmbeddingSimilaritiesTest} asserts on:
 * the three wordings of Russia's denial (three pairs), the troop estimate in two wordings, then five pairs that
 * must stay apart. Models are given as in {@link ModelSurvey} (their jars on the class path); run from the
 * {@code embeddings} folder, as the seeds are read from {@code ../examples}.
 */
public final class SeedCosines {
  private SeedCosines() {}

  /** Prints one line per model. */
  public static void main(String[] args) {
    Seeds seeds = new Seeds(Parallax.builder().analyzer(Shared.ANALYZER).build());
    String[][] pairs = {
      {"Russia has denied planning an invasion on Ukraine", "Russia denies any plans to invade"},
      {"Russia has denied planning an invasion on Ukraine", "Moscow has repeatedly denied that it's preparing"},
      {"Russia denies any plans to invade", "Moscow has repeatedly denied that it's preparing"},
      {"Russia has stockpiled more than 90,000 troops", "Meanwhile, Ukraine has said that 90,000 Russian troops"},
      {"Russia has stockpiled more than 90,000 troops", "Russia has denied planning an invasion on Ukraine"},
      {"Meanwhile, Ukraine has said that 90,000 Russian troops", "Russia denies any plans to invade"},
      {"Russia has denied planning an invasion on Ukraine", "On Friday top Ukraine officials continued sounding the alarm"},
      {"Russia denies any plans to invade", "The top Russian diplomat's comments came amid fears"},
      {"Russia has denied planning an invasion on Ukraine", "Since Russia's unilateral annexation of Crimea"},
      {"Moscow has repeatedly denied that it's preparing", "It's leader have said that troop movements"},
    };
    for (int m = 0; m < args.length; m++) {
      String[] f = args[m].split(":", -1);
      OnnxEncoder e = OnnxEncoder.load(f[0], f[1], f[2], OnnxEncoder.Pooling.valueOf(f[3]), f[4]);
      StringBuilder b = new StringBuilder(f[0] + ":");
      for (String[] p : pairs) {
        List<float[]> v = e.encode(List.of(seeds.starting(p[0]).text(), seeds.starting(p[1]).text()));
        b.append(String.format(" %.3f", BlendedSimilarity.dot(v.get(0), v.get(1))));
      }
      System.out.println(b);
    }
  }
}
