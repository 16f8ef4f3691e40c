package dev.parallax.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.SentenceSimilarity.Scorer;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The semantic similarity on the seed articles, and its contract. */
class EmbeddingSimilaritiesTest {
  private static final Seeds SEEDS = Shared.SEEDS;
  private static final SentenceSimilarity SEMANTIC = Shared.SEMANTIC;
  private static final Scorer SCORER = SEMANTIC.bind(SEEDS.sentences);
  private static final Scorer LEXICAL = Similarities.lexical().bind(SEEDS.sentences);

  // Russia's denial, worded three ways by three outlets (000, 002, 003).
  private static final Sentence DENIAL_000 = SEEDS.starting("Russia has denied planning an invasion on Ukraine");
  private static final Sentence DENIAL_002 = SEEDS.starting("Russia denies any plans to invade");
  private static final Sentence DENIAL_003 = SEEDS.starting("Moscow has repeatedly denied that it's preparing");
  // Ukraine's troop estimate, from 000 and 002.
  private static final Sentence TROOPS_000 = SEEDS.starting("Russia has stockpiled more than 90,000 troops");
  private static final Sentence TROOPS_002 = SEEDS.starting("Meanwhile, Ukraine has said that 90,000 Russian troops");

  @Test
  void nameSaysModelAndLexicalPart() {
    assertThat(SEMANTIC.name()).isEqualTo("all-minilm-l6-v2-q+lexical");
    assertThat(SEMANTIC.threshold()).isBetween(0.0, 1.0);
  }

  @Test
  void everySemanticSimilaritySharesTheOneModel() {
    BlendedSimilarity another = (BlendedSimilarity) EmbeddingSimilarities.semantic(Similarities.paraphrase());
    assertThat(another.encoder()).isSameAs(Shared.SEMANTIC.encoder());
    assertThat(another.name()).isEqualTo("all-minilm-l6-v2-q+" + Similarities.paraphrase().name());
  }

  @Test
  void rewordedDenialIsOneFact() {
    assertThat(SCORER.score(DENIAL_000, DENIAL_002)).isGreaterThanOrEqualTo(SEMANTIC.threshold());
    assertThat(SCORER.score(DENIAL_000, DENIAL_003)).isGreaterThanOrEqualTo(SEMANTIC.threshold());
    assertThat(SCORER.score(DENIAL_002, DENIAL_003)).isGreaterThanOrEqualTo(SEMANTIC.threshold());
  }

  @Test
  void wordsAloneMissTheRewordedDenial() {
    double threshold = Similarities.lexical().threshold();
    assertThat(LEXICAL.score(DENIAL_000, DENIAL_002)).isLessThan(threshold);
    assertThat(LEXICAL.score(DENIAL_000, DENIAL_003)).isLessThan(threshold);
    assertThat(LEXICAL.score(DENIAL_002, DENIAL_003)).isLessThan(threshold);
  }

  @Test
  void troopEstimateInOtherWordsIsOneFact() {
    assertThat(SCORER.score(TROOPS_000, TROOPS_002)).isGreaterThanOrEqualTo(SEMANTIC.threshold());
  }

  @Test
  void differentNumberStillSameFact() {
    Sentence ninety = PairCorpus.sentence("Russia has massed 90,000 troops near the Ukrainian border.", Shared.ANALYZER);
    Sentence ninetyFour = PairCorpus.sentence("Russia has massed 94,000 troops near the Ukrainian border.", Shared.ANALYZER);
    assertThat(SCORER.score(ninety, ninetyFour)).isGreaterThanOrEqualTo(SEMANTIC.threshold()).isLessThan(1.0);
  }

  @Test
  void quotationKeepsItsLexicalMatchWithTheHeadlineQuotingIt() {
    // A short quotation and a long headline embed far apart, but they share their words.
    Sentence quote = SEEDS.starting("The nightmarish scenario of military confrontation is returning");
    Sentence headline = SEEDS.starting("Russia's Lavrov Warns Blinken Of Return To Military Confrontation");
    assertThat(LEXICAL.score(quote, headline)).isGreaterThanOrEqualTo(Similarities.lexical().threshold());
    assertThat(SCORER.score(quote, headline)).isGreaterThanOrEqualTo(SEMANTIC.threshold());
  }

  @Test
  void sameActorsDifferentFactsStayApart() {
    // The troop estimate next to the denial, in one paragraph of 002 and across outlets.
    assertThat(SCORER.score(TROOPS_000, DENIAL_000)).isLessThan(SEMANTIC.threshold());
    assertThat(SCORER.score(TROOPS_002, DENIAL_002)).isLessThan(SEMANTIC.threshold());
    // Ukraine sounding the alarm over an invasion is not Russia denying one.
    assertThat(SCORER.score(DENIAL_000, SEEDS.starting("On Friday top Ukraine officials continued sounding the alarm")))
        .isLessThan(SEMANTIC.threshold());
    // Fears that Moscow plans an invasion are not the denial either.
    assertThat(SCORER.score(DENIAL_002, SEEDS.starting("The top Russian diplomat's comments came amid fears")))
        .isLessThan(SEMANTIC.threshold());
    // Background on Crimea names the same countries.
    assertThat(SCORER.score(DENIAL_000, SEEDS.starting("Since Russia's unilateral annexation of Crimea")))
        .isLessThan(SEMANTIC.threshold());
    // What Moscow's leaders said about troop movements follows the denial in 003 but is another statement.
    assertThat(SCORER.score(DENIAL_003, SEEDS.starting("It's leader have said that troop movements")))
        .isLessThan(SEMANTIC.threshold());
  }

  @Test
  void sentenceWithItselfScoresOne() {
    for (Sentence s : List.of(DENIAL_000, DENIAL_002, TROOPS_002)) {
      assertThat(SCORER.score(s, s)).isEqualTo(1.0);
    }
  }

  @Test
  void scoreIsSymmetricAndInRange() {
    List<Sentence> some = SEEDS.sentences.subList(0, 25);
    for (Sentence a : some) {
      for (Sentence b : some) {
        double ab = SCORER.score(a, b);
        assertThat(ab).isBetween(0.0, 1.0).isEqualTo(SCORER.score(b, a));
      }
    }
  }

  @Test
  void sentenceWithoutWordsScoresZero() {
    Sentence dashes = PairCorpus.sentence("— — —", Shared.ANALYZER);
    assertThat(SCORER.score(dashes, DENIAL_000)).isZero();
    assertThat(SCORER.score(DENIAL_000, dashes)).isZero();
    assertThat(SEMANTIC.bind(List.of()).score(dashes, dashes)).isZero();
  }

  @Test
  void sentenceOutsideTheCorpusGetsTheSameEmbedding() {
    // The lexical part depends on the corpus (word weights); the embedding does not.
    var narrow = (BlendedSimilarity.BlendedScorer) Shared.SEMANTIC.bind(List.of(DENIAL_000));
    var wide = (BlendedSimilarity.BlendedScorer) Shared.SEMANTIC.bind(List.of(DENIAL_000, DENIAL_003));
    assertThat(narrow.cosine(DENIAL_000, DENIAL_003)).isEqualTo(wide.cosine(DENIAL_000, DENIAL_003));
  }

  @Test
  void concurrentScoringGivesTheSameScores() {
    // Bound to ten sentences; the other thirty are embedded on demand, from several threads at once.
    List<Sentence> corpus = SEEDS.sentences.subList(0, 10);
    Scorer sequentialScorer = SEMANTIC.bind(corpus);
    Scorer fresh = SEMANTIC.bind(corpus);
    List<Sentence> some = new ArrayList<>(SEEDS.sentences.subList(0, 40));
    double[] sequential = IntStream.range(0, some.size() - 1)
        .mapToDouble(i -> sequentialScorer.score(some.get(i), some.get(i + 1))).toArray();
    double[] parallel = IntStream.range(0, some.size() - 1).parallel()
        .mapToDouble(i -> fresh.score(some.get(i), some.get(i + 1))).toArray();
    assertThat(parallel).containsExactly(sequential);
  }
}
