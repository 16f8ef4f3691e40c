package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.Sentence;
import dev.parallax.internal.Parallel;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The candidate pairs of one alignment call and their scores. */
class ScoredPairsTest {
  /**
   * The lexical similarity, recording the threads that score with it. Told to {@code meet}, the first score of each
   * thread waits (up to ten seconds) until a second thread scores too: a run that scores on one thread only shows as
   * one thread, not as one thread that happened to finish before the other started.
   */
  private static final class Recording implements SentenceSimilarity {
    final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final CountDownLatch twoThreads = new CountDownLatch(2);
    private final SentenceSimilarity lexical = Similarities.lexical();
    private final boolean meet;

    Recording(boolean meet) {
      this.meet = meet;
    }

    @Override
    public String name() {
      return lexical.name();
    }

    @Override
    public double threshold() {
      return lexical.threshold();
    }

    @Override
    public Scorer bind(List<Sentence> corpus) {
      Scorer scorer = lexical.bind(corpus);
      return (a, b) -> {
        if (threads.add(Thread.currentThread()) && meet) {
          twoThreads.countDown();
          try {
            twoThreads.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return scorer.score(a, b);
      };
    }
  }

  private static ScoredPairs scored(SentenceNodes nodes, SentenceSimilarity similarity) {
    return new ScoredPairs(nodes, similarity, SameFactModel.forSimilarity(similarity.name()), Lexicon.standard());
  }

  @Test
  void aRunThatAllowsPartsAtOnceScoresOnSeveralThreadsWithTheScoresOfOne() {
    SentenceNodes nodes = new SentenceNodes(SeedStory.get().articles);
    ScoredPairs alone = scored(nodes, Similarities.lexical());
    assertThat(alone.size()).as("enough candidate pairs for more than one range").isGreaterThan(1_000);

    Recording recording = new Recording(true);
    ScoredPairs together = Parallel.allowedWithin(true, () -> scored(nodes, recording));

    assertThat(recording.threads).hasSizeGreaterThan(1);
    assertThat(together.size()).isEqualTo(alone.size());
    for (int i = 0; i < alone.size(); i++) {
      assertThat(together.pair(i)).isEqualTo(alone.pair(i));
      assertThat(together.score(i)).isEqualTo(alone.score(i));
      assertThat(together.factScore(i)).isEqualTo(alone.factScore(i));
      assertThat(together.probability(i)).isEqualTo(alone.probability(i));
    }
  }

  @Test
  void aRunThatDoesNotAllowThemScoresOnTheCallingThread() {
    SentenceNodes nodes = new SentenceNodes(SeedStory.get().articles);
    Recording recording = new Recording(false);
    Parallel.allowedWithin(false, () -> scored(nodes, recording));
    assertThat(recording.threads).containsExactly(Thread.currentThread());
  }
}
