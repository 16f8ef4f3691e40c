package dev.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantGeneratorTest {
  private static final List<Article> SEEDS = Seeds.load();

  @Test
  void sameSeedGivesTheSameEvent() {
    List<Article> a = new VariantGenerator(42).event(SEEDS, 12);
    List<Article> b = new VariantGenerator(42).event(SEEDS, 12);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void eventStartsWithTheSeedsAndAddsVariantsThatAreNotCopies() {
    List<Article> event = new VariantGenerator(42).event(SEEDS, 10);
    assertThat(event).hasSize(10);
    assertThat(event.subList(0, 5)).isEqualTo(SEEDS);
    for (int i = 5; i < 10; i++) {
      Article variant = event.get(i);
      Article source = SEEDS.get(i - 5);
      assertThat(variant.id()).isEqualTo(String.format("gen-%02d", i - 4));
      assertThat(variant.text()).isNotEqualTo(source.text());
      assertThat(variant.text().length()).isBetween(source.text().length() / 2, source.text().length() * 3 / 2);
    }
  }

  @Test
  void rewordingUsesSynonymsAndMovesFrontedPhrases() {
    VariantGenerator g = new VariantGenerator(7);
    boolean synonym = false;
    boolean moved = false;
    for (int i = 0; i < 50; i++) {
      String s = g.reword("On Thursday, the minister said the talks would continue.");
      synonym |= s.contains("stated") || s.contains("negotiations") || s.contains("keep");
      moved |= s.startsWith("The minister") && s.contains("on Thursday");
    }
    assertThat(synonym).isTrue();
    assertThat(moved).isTrue();
  }

  @Test
  void numbersChangeButYearsStay() {
    VariantGenerator g = new VariantGenerator(3);
    boolean changed = false;
    for (int i = 0; i < 50; i++) {
      String s = g.reword("More than 90,000 troops gathered in 2021.");
      assertThat(s).contains("2021");
      changed |= !s.contains("90,000");
    }
    assertThat(changed).isTrue();
  }

  @Test
  void datesTimesAndDecimalsStay() {
    VariantGenerator g = new VariantGenerator(5);
    for (int i = 0; i < 50; i++) {
      assertThat(g.reword("Filed 2021-12-02 at 11:07 with 2.5 percent and 1/3 of them."))
          .contains("2021-12-02", "11:07", "2.5", "1/3");
    }
  }

  @Test
  void longArticleReachesItsTargetLength() {
    Article big = new VariantGenerator(42).longArticle(SEEDS, 50_000, "long");
    assertThat(big.text().length()).isBetween(50_000, 60_000);
  }
}
