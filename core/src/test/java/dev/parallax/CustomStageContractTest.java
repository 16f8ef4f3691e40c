package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.analyze.Sentence;
import dev.parallax.clean.Block;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.Cleaners;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.JsonReport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A stage a developer writes (a {@link SentenceSimilarity}, a {@link Cleaner}) that breaks its contract fails at once,
 * with a message naming what broke, instead of giving a report that is silently wrong or outside its schema.
 */
class CustomStageContractTest {
  private static final ArticleReader READER = ArticleReader.create();

  private static List<Article> ferryStory() {
    return List.of(
        READER.fromText("tidings", "Ferry to Orsk runs aground\n\nThe night ferry to Orsk ran aground off Kelby Point"
            + " on Friday, and forty passengers were taken ashore by lifeboat. The coastguard said no one was hurt.")
            .withMetadata("Kelby Tidings", Optional.of(LocalDate.of(2031, 6, 6))),
        READER.fromText("mercury", "Forty rescued as Orsk ferry grounds\n\nForty passengers were taken ashore by"
            + " lifeboat after the night ferry to Orsk ran aground off Kelby Point on Friday. No one was hurt, the"
            + " coastguard said.").withMetadata("Orsk Mercury", Optional.of(LocalDate.of(2031, 6, 6))));
  }

  /** Word-set Jaccard similarity, then {@code change} applied to the score: what a developer might write. */
  private static SentenceSimilarity jaccard(String name, DoubleUnaryOperator change) {
    return new SentenceSimilarity() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public double threshold() {
        return 0.3;
      }

      @Override
      public Scorer bind(List<Sentence> corpus) {
        return (a, b) -> {
          Set<String> x = words(a);
          Set<String> y = words(b);
          if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
          }
          Set<String> both = new HashSet<>(x);
          both.retainAll(y);
          return change.applyAsDouble((double) both.size() / (x.size() + y.size() - both.size()));
        };
      }
    };
  }

  private static Set<String> words(Sentence s) {
    return new HashSet<>(Arrays.asList(s.text().toLowerCase(java.util.Locale.ROOT).split("\\W+")));
  }

  @Test
  void aSimilarityScoringAboveOneFailsNamingItselfAndTheScore() {
    Parallax parallax = Parallax.builder().similarity(jaccard("tripled", s -> 3 * s + 1)).build();
    assertThatThrownBy(() -> parallax.compare(ferryStory())).isInstanceOf(ParallaxException.class)
        .hasMessageContaining("similarity \"tripled\"").hasMessageContaining("scored ")
        .hasMessageContaining("must score in [0, 1]");
  }

  @Test
  void aSimilarityWhoseNameBreaksTheLineIsNamedOnOneLine() {
    Parallax parallax = Parallax.builder().similarity(jaccard("tripled\nscore", s -> 3 * s + 1)).build();
    assertThatThrownBy(() -> parallax.compare(ferryStory())).isInstanceOf(ParallaxException.class)
        .hasMessageContaining("similarity \"tripled\\nscore\"").hasMessageNotContaining("\n")
        .hasMessageContaining("must score in [0, 1]");
  }

  @Test
  void aSimilarityScoringNaNFailsToo() {
    Parallax parallax = Parallax.builder().similarity(jaccard("undefined", s -> s > 0.5 ? s : Double.NaN)).build();
    assertThatThrownBy(() -> parallax.compare(ferryStory())).isInstanceOf(ParallaxException.class)
        .hasMessageContaining("similarity \"undefined\"").hasMessageContaining("scored NaN");
  }

  @Test
  void aSimilarityInRangeOrOffOnlyByRoundingComparesAndStaysInRange() throws Exception {
    Comparison plain = Parallax.builder().similarity(jaccard("jaccard", s -> s)).build().compare(ferryStory());
    assertThat(plain.similarity()).isEqualTo("jaccard");
    assertThat(plain.passages()).isNotEmpty().allSatisfy(p -> assertThat(p.similarity()).isBetween(0.0, 1.0));

    Comparison rounded = Parallax.builder().similarity(jaccard("rounded", s -> s == 1.0 ? 1.0 + 1e-12 : s)).build()
        .compare(ferryStory());
    assertThat(rounded.passages()).allSatisfy(p -> assertThat(p.similarity()).isBetween(0.0, 1.0));
    assertThat(JsonReport.toJson(rounded)).isNotEmpty();
  }

  @Test
  void aCleanerWhoseBlocksAreOffTheTextFailsNamingTheArticleAndTheBlock() {
    Cleaner shifted = a -> {
      Article clean = Cleaners.standard().clean(a);
      Block headline = clean.body().get(0);   // one character late, a slip any offset arithmetic can make
      List<Block> moved = new java.util.ArrayList<>(clean.body());
      moved.set(0, new Block(headline.start() + 1, headline.end() + 1, headline.text(), headline.kind()));
      return clean.withBody(moved, clean.removed());
    };
    Parallax parallax = Parallax.builder().cleaner(shifted).build();
    assertThatThrownBy(() -> parallax.compare(ferryStory())).isInstanceOf(ParallaxException.class)
        .hasMessageContaining("on article \"tidings\"").hasMessageContaining("block [1, ")
        .hasMessageContaining("reads \"Ferry to Orsk runs aground\"")
        .hasMessageContaining("the article's text there is \"erry to Orsk runs aground");
  }

  @Test
  void aCleanerThatDropsABlockButKeepsTheOthersInPlaceIsFine() {
    Cleaner noHeadline = a -> {
      Article clean = Cleaners.standard().clean(a);
      return clean.withBody(clean.body().subList(1, clean.body().size()), clean.removed());
    };
    Comparison c = Parallax.builder().cleaner(noHeadline).build().compare(ferryStory());
    assertThat(c.passages()).isNotEmpty();
    assertThat(c.versions(c.passages().get(0)).values()).allSatisfy(words -> assertThat(words).doesNotStartWith("erry"));
  }
}
