package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Article;
import org.junit.jupiter.api.Test;

/** The stock cleaners. */
class CleanersTest {
  private static final Article PAGE = Article.of("a", "Outlet", null, "",
      "Ministers meet in Vienna\n\nThe ministers met in Vienna on Tuesday, officials said.\n\nShare this article");

  @Test
  void noneKeepsEverything() {
    assertThat(Cleaners.none().clean(PAGE)).isEqualTo(PAGE);
  }

  @Test
  void standardIsOneSharedStatelessInstance() {
    assertThat(Cleaners.standard()).isSameAs(Cleaners.standard());
    Article once = Cleaners.standard().clean(PAGE);
    assertThat(Cleaners.standard().clean(PAGE)).isEqualTo(once);
    assertThat(once.removed()).extracting(Removal::text).containsExactly("Share this article");
  }

  @Test
  void standardNeverChangesTheText() {
    assertThat(Cleaners.standard().clean(PAGE).text()).isEqualTo(PAGE.text());
  }
}
