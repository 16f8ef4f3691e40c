package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupMergerTest {
  @Test
  void aSentenceThatAnnouncesAQuotationSharesItsPassage() {
    AnalyzedArticle article = TextSentences.analyzer().analyze(Article.of("a", "a", null, "",
        "The minister spoke to reporters on Thursday. He said:\n\n\"We will not accept these terms.\""));
    Alignment alignment = Aligners.standard(Similarities.lexical()).align(List.of(article));
    // one article alone: one passage per sentence, but the announcement and its quotation are one statement
    assertThat(alignment.passages()).extracting(p -> p.members().get(0).sentences())
        .containsExactlyInAnyOrder(List.of(0), List.of(1, 2));
  }

  @Test
  void leadsThatRestateTheMainEventShareAPassage() {
    LocalDate day = LocalDate.of(2026, 3, 5);
    Comparison c = Parallax.create().compare(List.of(
        Article.of("herald", "Herald", day, "", """
            Eva Strand, swimming champion and film star, dies at 91

            Eva Strand, the swimming champion who became a film star in the 1950s, died on Thursday at her \
            home in Lindby. She was 91.

            Her daughter said she died peacefully in her sleep.

            Strand won three national titles before she turned to acting."""),
        Article.of("courier", "Courier", day, "", """
            Eva Strand dead: screen swimmer dies at age 91

            Eva Strand, swimming champion, actress and pin-up icon, has died.

            Her publicist Karl Lind confirmed the death to reporters on Thursday.

            She starred in a dozen musicals filmed in pools."""),
        Article.of("post", "Post", day, "", """
            Swimmer turned actress Eva Strand dies at 91

            Eva Strand, who swam to fame before her films made her a household name, has died aged 91, her \
            family said.

            She had been in poor health for several years, Karl Lind said.

            Her last film came out in 1962.""")));
    // the Post's lead says in its own words what every headline says: she has died at 91
    assertThat(textsWith(c, "has died aged 91")).contains("Eva Strand, swimming champion and film star, dies at 91",
        "Eva Strand, swimming champion, actress and pin-up icon, has died.")
        // the publicist's confirmation and her health are other facts about her
        .noneMatch(t -> t.contains("publicist") || t.contains("poor health"));
  }

  @Test
  void aFactFollowedByItsContextSharesAPassageWithTheFactAlone() {
    LocalDate day = LocalDate.of(2026, 2, 9);
    Comparison c = Parallax.create().compare(List.of(
        Article.of("herald", "Herald", day, "", """
            Flu wave eases in Lindby

            Flu cases fell below 300 in Lindby on Monday, sparking hopes among worried parents, teachers and shop \
            owners that the town's shuttered schools, libraries and swimming pools could reopen well before the long \
            spring holidays begin next month.

            Mayor Jane Doe thanked the hospital staff for their work."""),
        Article.of("courier", "Courier", day, "", """
            Lindby schools stay shut for now

            Flu cases in Lindby fell below 300 on Monday.

            The schools will stay closed until Friday, Jane Doe said.""")));
    // the Herald's sentence reports the Courier's fact and then what it means to parents: one fact, one passage
    assertThat(textsWith(c, "fell below 300 on Monday")).anyMatch(t -> t.startsWith("Flu cases fell below 300"));
  }

  @Test
  void aLeadPairMovingIntoTheMainPassageLeavesNoLeadAlone() {
    // The main passage holds the headlines ("Lindby council bans cars from the old town"); the lead round joined two
    // outlets' first sentences, node 4 ("The Lindby council voted on Monday to ban cars from the old town") and node 7
    // ("Cars will no longer be allowed in Lindby's old town, the council decided"). Only node 4 names the action
    // ("ban"): when it moves into the passage, node 7 comes along rather than stand alone.
    Set<Integer> openings = Set.of(3, 4, 7, 9);
    Set<Integer> namingTheAction = Set.of(4, 9);
    assertThat(GroupMerger.movingWith(4, List.of(4, 7), openings::contains, namingTheAction::contains))
        .containsExactly(4, 7);
    // the group's other openings that name the action come along as before, and with them the one left behind
    assertThat(GroupMerger.movingWith(4, List.of(4, 9, 7), openings::contains, namingTheAction::contains))
        .containsExactly(4, 9, 7);
    // near variants: two openings that do not name the action stay together in their own passage (a pair reporting
    // a detail of the story), and a body sentence left behind is no opening and keeps its place
    assertThat(GroupMerger.movingWith(4, List.of(4, 7, 3), openings::contains, namingTheAction::contains))
        .containsExactly(4);
    assertThat(GroupMerger.movingWith(4, List.of(4, 12), openings::contains, namingTheAction::contains))
        .containsExactly(4);
  }

  @Test
  void aLeadThatNamesTheMainActionJoinsTheMainPassageUnlessAnotherGroupIsMuchCloser() {
    // "The Lindby council voted on Monday to ban cars from the old town, after a year of protests" beside the passage
    // of every outlet's headline ("Lindby council bans cars ...") and a group of two leads that also give the year of
    // protests: a mean of 0.7 with the passage, 0.75 with the group, close enough to join the passage
    assertThat(GroupMerger.keptByRival(0.7, 0.75)).isFalse();
    // a group much closer (the lead is one of its own occasion's leads) keeps it
    assertThat(GroupMerger.keptByRival(0.7, 0.85)).isTrue();
    // under the lead round's level the passage must be the closest, as before
    assertThat(GroupMerger.keptByRival(0.5, 0.55)).isTrue();
    assertThat(GroupMerger.keptByRival(0.5, 0.4)).isFalse();
  }

  @Test
  void aBodySentenceJoinedForAnotherFactDoesNotCarryItIntoThePassage() {
    // Node 1 is the Herald's headline "Lindby mayor Jane Doe resigns", node 4 the Courier's first body sentence "Jane
    // Doe resigned as mayor of Lindby on Monday". The similarity joined node 7, the Post's fifth sentence "Doe resigned
    // a day after the council voted 5-4 to sell the harbour", with node 12, the Gazette's eighth "The council voted
    // 5-4 on Sunday to sell the harbour to a shipping firm": they share the vote. The model links node 7 with both
    // openings (the resignation), but node 12 reports only the harbour sale: joining the two groups would put the
    // sale in the resignation's passage.
    Set<Integer> openings = Set.of(1, 4);
    Map<Integer, Integer> articleOf = Map.of(1, 0, 4, 1, 7, 2, 12, 3);
    Map<Set<Integer>, Double> probability = Map.of(Set.of(1, 7), 0.96, Set.of(4, 7), 0.97,
        Set.of(1, 12), 0.01, Set.of(4, 12), 0.02);
    assertThat(GroupMerger.holdsAStranger(List.of(1, 4), List.of(7, 12), openings::contains, articleOf::get,
        (x, y) -> probability.get(Set.of(x, y)))).isTrue();
    // near variant: the Gazette's sentence also names the resignation ("... hours before Jane Doe resigned"): the
    // model gives it a little with the openings, and the groups may join
    Map<Set<Integer>, Double> alsoResignation = Map.of(Set.of(1, 7), 0.96, Set.of(4, 7), 0.97,
        Set.of(1, 12), 0.10, Set.of(4, 12), 0.15);
    assertThat(GroupMerger.holdsAStranger(List.of(1, 4), List.of(7, 12), openings::contains, articleOf::get,
        (x, y) -> alsoResignation.get(Set.of(x, y)))).isFalse();
    // an opening is no stranger: outlets' headlines and leads restate the main event in words of their own
    Set<Integer> allOpenings = Set.of(1, 4, 7, 12);
    assertThat(GroupMerger.holdsAStranger(List.of(1, 4), List.of(7, 12), allOpenings::contains, articleOf::get,
        (x, y) -> probability.get(Set.of(x, y)))).isFalse();
  }

  /** The texts of the sentences in the passage of the sentence containing {@code fragment}. */
  private static List<String> textsWith(Comparison c, String fragment) {
    return c.passages().stream()
        .filter(p -> p.members().stream().anyMatch(m -> sentences(c, m).stream().anyMatch(t -> t.contains(fragment))))
        .flatMap(p -> p.members().stream().flatMap(m -> sentences(c, m).stream()))
        .toList();
  }

  private static List<String> sentences(Comparison c, PassageMember m) {
    AnalyzedArticle a = c.article(m.article()).orElseThrow();
    return m.sentences().stream().map(i -> a.sentences().get(i).text()).toList();
  }
}
