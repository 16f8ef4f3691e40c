package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
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
