package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence's best score against each outlet's sentences of a passage, as the omission check asks for it. */
class BestScoresTest {
  private static final AnalyzedArticle HERALD = Fixtures.article("herald", null,
      "The council closed the old river bridge in Lindby to cars on Monday.");
  private static final AnalyzedArticle POST = Fixtures.article("post", null,
      "Rain fell on Lindby all weekend. The old river bridge in Lindby was closed to cars by the council on Monday.");
  private static final AnalyzedArticle COURIER = Fixtures.article("courier", null,
      "Mayor Jane Doe opened the new school in Norham.");

  private static final Sentence CLOSED = HERALD.sentences().get(0);
  private static final List<Sentence> POST_SAYS = POST.sentences();
  private static final List<Sentence> COURIER_SAYS = COURIER.sentences();

  /** The lexical similarity bound to the three articles, counting the pairs it scores. */
  private static final class Counting implements SentenceSimilarity.Scorer {
    private final SentenceSimilarity.Scorer lexical;
    final List<String> scored = new ArrayList<>();

    Counting() {
      List<Sentence> all = new ArrayList<>(HERALD.sentences());
      all.addAll(POST_SAYS);
      all.addAll(COURIER_SAYS);
      lexical = Similarities.lexical().bind(all);
    }

    @Override
    public double score(Sentence a, Sentence b) {
      scored.add(a.text() + " | " + b.text());
      return lexical.score(a, b);
    }
  }

  @Test
  void bestIsTheScoreOfTheOutletsClosestSentence() {
    Counting scorer = new Counting();
    double rain = scorer.score(CLOSED, POST_SAYS.get(0));
    double bridge = scorer.score(CLOSED, POST_SAYS.get(1));
    assertThat(bridge).isGreaterThan(rain);
    assertThat(new BestScores(scorer).best(CLOSED, POST_SAYS)).isEqualTo(bridge);
  }

  @Test
  void anOutletWithNoSentencesScoresZero() {
    assertThat(new BestScores(new Counting()).best(CLOSED, List.of())).isZero();
    assertThat(BestScores.bestOf(new Counting(), CLOSED, List.of())).isZero();
  }

  @Test
  void aSentenceIsScoredOnceAgainstOneOutletsSentences() {
    Counting scorer = new Counting();
    BestScores scores = new BestScores(scorer);
    double first = scores.best(CLOSED, POST_SAYS);
    double again = scores.best(CLOSED, POST_SAYS);
    assertThat(again).isEqualTo(first);
    assertThat(scorer.scored).hasSize(POST_SAYS.size()); // the second answer is remembered
    scores.best(CLOSED, COURIER_SAYS);
    assertThat(scorer.scored).hasSize(POST_SAYS.size() + COURIER_SAYS.size()); // another outlet is scored
  }

  @Test
  void meanIsTheAverageOverOutletsOfTheBestScores() {
    Counting scorer = new Counting();
    BestScores scores = new BestScores(scorer);
    double post = BestScores.bestOf(scorer, CLOSED, POST_SAYS);
    double courier = BestScores.bestOf(scorer, CLOSED, COURIER_SAYS);
    assertThat(courier).isLessThan(post);
    assertThat(scores.mean(CLOSED, List.of(POST_SAYS, COURIER_SAYS))).isCloseTo((post + courier) / 2, within(1e-12));
  }

  @Test
  void reachesAnswersAsMeanDoesAndStopsWhenTheAnswerIsKnown() {
    Counting scorer = new Counting();
    double post = BestScores.bestOf(scorer, CLOSED, POST_SAYS);
    double courier = BestScores.bestOf(scorer, CLOSED, COURIER_SAYS);
    double mean = (post + courier) / 2;
    List<List<Sentence>> outlets = List.of(POST_SAYS, COURIER_SAYS);
    assertThat(new BestScores(scorer).reaches(CLOSED, outlets, mean - 0.01)).isTrue();
    assertThat(new BestScores(scorer).reaches(CLOSED, outlets, mean + 0.01)).isFalse();

    // a bar the post's sentence alone reaches for both outlets: the courier is never scored
    Counting counted = new Counting();
    assertThat(new BestScores(counted).reaches(CLOSED, outlets, post / 2)).isTrue();
    assertThat(counted.scored).hasSize(POST_SAYS.size());
    // a bar out of reach after a courier that scores low: the post is never scored
    Counting low = new Counting();
    assertThat(new BestScores(low).reaches(CLOSED, List.of(COURIER_SAYS, POST_SAYS), (courier + 1) / 2 + 0.01))
        .isFalse();
    assertThat(low.scored).hasSize(COURIER_SAYS.size());
  }
}
