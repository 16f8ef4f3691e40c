package dev.parallax.compare;

import static dev.parallax.compare.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoteTalliesTest {
  private static List<String> tallies(String text) {
    AnalyzedArticle a = article("x", null, text);
    return VoteTallies.in(a, 0).stream().map(t -> t.value() + " " + text.substring(t.start(), t.end())).toList();
  }

  @Test
  void talliesBesideAWordOfVoting() {
    assertThat(tallies("The council passed the budget by a vote of 220-190.")).containsExactly("220-190 220-190");
    assertThat(tallies("The 220-to-190 party-line vote came late.")).containsExactly("220-190 220-to-190");
    assertThat(tallies("Senators voted 54 to 35 on the bill.")).containsExactly("54-35 54 to 35");
  }

  @Test
  void noTallyWithoutAWordOfVotingInItsClause() {
    assertThat(tallies("Lindby beat Norrby 65-53.")).isEmpty();
    assertThat(tallies("The vote came late, after a 4-3 ruling.")).isEmpty();
    assertThat(tallies("Children aged 12-15 may vote in the Lindby youth council.")).isEmpty();
  }

  @Test
  void oneBodyTalliesHaveTotalsWithinATenth() {
    VoteTallies.Tally house = new VoteTallies.Tally(0, 0, 7, 220, 190);
    assertThat(house.sameBodyAs(new VoteTallies.Tally(0, 0, 7, 222, 190))).isTrue();
    assertThat(house.sameBodyAs(new VoteTallies.Tally(0, 0, 5, 65, 35))).isFalse();
  }
}
