package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.clean.Block;
import dev.parallax.clean.BlockKind;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small hand-written stories, one per phenomenon the aligner must handle. */
class AlignerPhenomenaTest {
  private static final Aligner ALIGNER = Aligners.standard(Similarities.lexical());
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

  private static AnalyzedArticle article(String id, LocalDate published, String... sentences) {
    String text = String.join("\n\n", sentences);
    return TextSentences.analyzer().analyze(Article.of(id, id, published, "", text));
  }

  /** Padding sentences unrelated to each other, so each story has the shape of a real article. */
  private static final String[][] FILLER = {
    {"The harbour of Valdoria reopened after the storm.", "Fishermen counted their damaged boats on the quay.",
        "A bakery on the square handed out free bread."},
    {"Teachers in the capital held a one-day strike over pay.", "The national football team lost its friendly.",
        "Rail fares will rise by four percent next spring."},
    {"A museum unveiled a restored medieval tapestry.", "Farmers warned of a poor olive harvest.",
        "The central bank kept interest rates unchanged."},
  };

  private static AnalyzedArticle story(String id, int filler, LocalDate published, String... facts) {
    List<String> all = new ArrayList<>(List.of(facts));
    all.addAll(List.of(FILLER[filler]));
    return article(id, published, all.toArray(new String[0]));
  }

  private static Passage passageOf(Alignment a, String article, int sentence) {
    return a.passages().stream()
        .filter(p -> p.carriedBy(article) && p.member(article).sentences().contains(sentence))
        .findFirst().orElseThrow();
  }

  @Test
  void verbatimReuse() {
    String quote = "The dam on the Koros river will be closed for repairs until the end of the summer, the"
        + " regional water authority said on Monday.";
    Alignment a = ALIGNER.align(List.of(
        story("wire", 0, DAY, quote), story("copy", 1, DAY, quote)));
    Passage p = passageOf(a, "wire", 0);
    assertThat(p.articles()).containsExactly("wire", "copy");
    assertThat(p.similarity()).isEqualTo(1.0);
  }

  @Test
  void theSameWordsMeetEvenWhenEachIsTheStorys() {
    // "pay" and "bridge" are in most sentences of the story, so no one word proposes the pair; all of them at once do
    List<AnalyzedArticle> articles = new ArrayList<>();
    String[][] texts = {
      {"Lind Refuses To Pay For Bridge", "Former mayor Karl Lind says he will not pay for the new bridge.",
          "\u201CI will not pay for that bridge,\u201D Lind told the Gazette.", "\u201CShe should pay for it.",
          "She has the money.\u201D", "The council votes on the bridge next week."},
      {"Ex-Mayor: Not Paying For Bridge", "Karl Lind, a former mayor, made it clear he will not pay for the bridge.",
          "\u201CI am not going to pay for the bridge!\u201D Lind said.", "\u201CShe should pay for it.",
          "She has the money.\u201D", "A vote on paying for the bridge is due next week."},
      {"Lind Says Mayor Should Pay For Bridge", "Karl Lind will not pay for the bridge, he said on Monday.",
          "\u201CWhy should I pay for a bridge I never wanted?\u201D he asked.", "\u201CShe should pay for it.",
          "She has the money.\u201D", "The bridge would cost the town to pay for years."},
    };
    for (int i = 0; i < texts.length; i++) {
      articles.add(article("o" + i, DAY, texts[i]));
    }
    Alignment a = ALIGNER.align(articles);
    assertThat(passageOf(a, "o0", 3).articles()).containsExactly("o0", "o1", "o2");
  }

  @Test
  void lightRewording() {
    Alignment a = ALIGNER.align(List.of(
        story("a", 0, DAY, "The mayor of Lindau resigned on Tuesday after a corruption inquiry."),
        story("b", 1, DAY, "Lindau's mayor resigns following corruption probe.")));
    assertThat(passageOf(a, "a", 0).articles()).containsExactly("a", "b");
  }

  @Test
  void heavyParaphrase() {
    Alignment a = ALIGNER.align(List.of(
        story("a", 0, DAY, "The government has denied planning to devalue the currency."),
        story("b", 1, DAY, "Officials have repeatedly denied that any kind of devaluation of the currency is being prepared.")));
    assertThat(passageOf(a, "a", 0).articles()).containsExactly("a", "b");
  }

  @Test
  void manyToMany() {
    Alignment a = ALIGNER.align(List.of(
        story("one", 0, DAY, "Floods forced 3,000 residents of Kelso to leave their homes and closed the Tweed bridge."),
        story("two", 1, DAY, "Floods forced 3,000 residents of Kelso to leave their homes.",
            "The floods also closed the Tweed bridge.")));
    Passage p = passageOf(a, "one", 0);
    assertThat(p.articles()).containsExactly("one", "two");
    assertThat(p.member("two").sentences()).containsExactly(0, 1);
  }

  @Test
  void theSameFigureOfTheSameThingIsOneFact() {
    // "Death toll" is in nearly every sentence (the story's topic, no evidence); what the two sentences share
    // is the figure and the word that governs it: the toll is 2,200.
    Alignment a = ALIGNER.align(List.of(
        story("a", 0, DAY, "The death toll from the Ostra floods rose again on Monday.",
            "Rescuers fear the death toll will climb as villages are reached.",
            "Death toll now more than 2,200, with hundreds injured."),
        story("b", 1, DAY, "The floods' death toll climbed again on Monday.",
            "The death toll in the neighbouring province is lower.",
            "In Ostra, officials said the death toll is at a little more than 2,200.")));
    assertThat(passageOf(a, "a", 2).articles()).containsExactly("a", "b");
  }

  @Test
  void aHeadlineAndAnotherOutletsLeadInOtherWords() {
    // the same-fact model: one outlet's headline, another outlet's lead in its own words
    Alignment a = ALIGNER.align(List.of(
        story("a", 0, DAY, "Storm leaves 40,000 homes in Marlow without power",
            "Crews expect to restore supply by Thursday."),
        story("b", 1, DAY, "High winds brought down power lines across Marlow on Monday, and about 40,000 homes"
            + " lost electricity.", "The utility said repairs could take three days.")));
    assertThat(passageOf(a, "a", 0).articles()).containsExactly("a", "b");
    assertThat(passageOf(a, "a", 0).member("b").sentences()).containsExactly(0);
  }

  /** Three outlets' openings of one vote; {@code opening} is the third outlet's first sentence. */
  private static Alignment bridgeVote(String opening) {
    return bridgeVote(article("c", DAY, opening,
        "Councillors want more time to study what the builder charges for the work.", FILLER[2][0]));
  }

  /** Two outlets' openings of one vote and a third outlet's article. */
  private static Alignment bridgeVote(AnalyzedArticle third) {
    return ALIGNER.align(List.of(
        article("a", DAY, "The Lindby council delayed its vote on the new harbour bridge until May.",
            "The council vote on the harbour bridge was the third this year.",
            "Councillors said they wanted more time to study the builder's price for the bridge.",
            FILLER[0][0]),
        article("b", DAY, "Lindby's council delayed a vote on the harbour bridge.",
            "The council will vote on the harbour bridge again in May, the mayor, Eva Strand, said.",
            FILLER[1][0], FILLER[1][1]),
        third));
  }

  @Test
  void anOpeningThatNamesTheMainActionJoinsTheMainEventsPassage() {
    // the third outlet's first sentence shares few words with the others' openings, but it names what they all
    // report, the delay: it joins the main event's passage
    Alignment joined = bridgeVote("Lindby delayed again, and the builder says its price will only rise.");
    assertThat(passageOf(joined, "a", 0).articles()).containsExactly("a", "b", "c");
    assertThat(passageOf(joined, "a", 0).member("c").sentences()).containsExactly(0);
    // near variant: an opening about the price alone, without the action, stays a fact of its own
    Alignment apart = bridgeVote("Lindby's builder says its price will only rise.");
    assertThat(passageOf(apart, "a", 0).articles()).containsExactly("a", "b");
  }

  @Test
  void anOpeningJoinsTheMainEventsPassageBesideALaterSentenceOfItsArticleThatRestatesIt() {
    // the third outlet says the delay twice, in its first sentence and, in other words, in its fourth, which the
    // other outlets' openings took in first; its opening still joins: one outlet's member may be two distant sentences
    // when both report the main event
    Alignment a = bridgeVote(article("c", DAY, "Lindby delayed again, and the builder says its price will only rise.",
        "Councillors want more time to study what the builder charges for the work.",
        FILLER[2][0], "The council delayed its vote on the harbour bridge until May.", FILLER[2][1]));
    assertThat(passageOf(a, "a", 0).articles()).containsExactly("a", "b", "c");
    assertThat(passageOf(a, "a", 0).member("c").sentences()).containsExactly(0, 3);
  }

  @Test
  void aWeekdayAndTheDateItNamesAreOneDay() {
    // published on Tuesday 5 March 2024: "on Monday" is 4 March
    assertThat(PairFeatures.standAlone(mentions("Officials met on Monday."), java.util.Optional.of(DAY)))
        .contains("@03-04");
    assertThat(PairFeatures.standAlone(mentions("Officials met on March 4."), java.util.Optional.of(DAY)))
        .contains("@03-04");
    assertThat(PairFeatures.standAlone(mentions("Fifteen workers were hurt."), java.util.Optional.of(DAY)))
        .contains("15");
  }

  private static List<dev.parallax.analyze.Mention> mentions(String sentence) {
    return article("m", DAY, sentence).mentions();
  }

  @Test
  void unrelatedSentencesSharingActors() {
    Alignment a = ALIGNER.align(List.of(
        story("a", 0, DAY, "Russia and NATO traded accusations over a naval drill in the Baltic.",
            "NATO said Russia had jammed satellite signals over Finland."),
        story("b", 1, DAY, "Russia and NATO traded accusations over a naval drill in the Baltic.",
            "Russia told NATO that Ukraine's grain exports would be inspected.")));
    assertThat(passageOf(a, "a", 0).articles()).containsExactly("a", "b");
    assertThat(passageOf(a, "a", 1).articles()).containsExactly("a");
    assertThat(passageOf(a, "b", 1).articles()).containsExactly("b");
  }

  @Test
  void twoPeoplesRemarksSharingAPhraseAreTwoFacts() {
    Alignment a = ALIGNER.align(List.of(
        article("alpha", DAY, "Norrvik filed a lawsuit on Thursday asking the county court to strike down Lindby's new "
            + "harbor fees.", "Karl Lind, a Lindby shipping agent who wrote the fee plan, called the suit \"political "
            + "theater.\"", "\"I think it shows they are on the wrong side of history,\" Lind said."),
        article("beta", DAY, "The town of Norrvik sued Lindby in the county court on Thursday over its new harbor fees.",
            "Jane Doe, who heads the Lindby Boat Owners Club, told the Courier that the club backs the mayor.",
            "\"Norrvik officials are acting like bullies. These people are on the wrong side of history,\" Doe said.")));
    assertThat(passageOf(a, "alpha", 0).articles()).containsExactly("alpha", "beta");
    // Karl Lind's remark and Jane Doe's share six words, not a fact
    assertThat(passageOf(a, "alpha", 2).articles()).containsExactly("alpha");

    // one quote that the second outlet gives to another person is still one fact
    Alignment same = ALIGNER.align(List.of(
        article("alpha", DAY, "The town council of Lindby approved a new bridge over the river on Tuesday.",
            "\"This bridge will finally connect the two halves of our town,\" Mayor Karl Lind said after the vote."),
        article("beta", DAY, "Lindby's council voted on Tuesday to build a new bridge over the river.",
            "\"This bridge will finally connect the two halves of our town,\" council member Jane Doe said after "
                + "the vote.")));
    assertThat(passageOf(same, "alpha", 1).articles()).containsExactly("alpha", "beta");
  }

  @Test
  void differentEvent() {
    Alignment a = ALIGNER.align(List.of(
        story("monday", 0, DAY, "Storm Kiara flooded the old town of Ravenna on Monday.",
            "Rescuers evacuated 400 people from the riverside district."),
        story("tuesday", 1, DAY.plusDays(1), "Storm Kiara flooded the old town of Ravenna.",
            "Rescuers evacuated about 400 people from the riverside district."),
        story("later", 2, DAY.plusDays(30), "Ravenna's mayor presented a flood defence plan for the old town.",
            "The plan follows last month's storm.")));
    assertThat(a.isMain("monday")).isTrue();
    assertThat(a.isMain("tuesday")).isTrue();
    ArticleEvent later = a.events().get(2);
    assertThat(later.membership()).isEqualTo(EventMembership.OTHER);
    assertThat(later.reason()).contains("days after");
    assertThat(later.basis()).isEqualTo(EventBasis.PUBLISHED_APART);
    assertThat(a.events().get(0).basis()).isEqualTo(EventBasis.SHARES_FACTS);
    assertThat(a.events().get(0).reason()).matches("2 of its \\d+ sentences share a fact with sentences of the other articles.*");
    assertThat(a.passages()).noneMatch(p -> p.carriedBy("later"));
  }

  @Test
  void copiesOfOneArticleCountOnceInTheEventDecision() {
    String[] wire = {"Storm Kiara flooded the old town of Ravenna on Monday.",
        "Rescuers evacuated 400 people from the riverside district.", "The mayor closed all schools until Friday."};
    Alignment a = ALIGNER.align(List.of(story("agency", 0, DAY, wire), story("reprint", 0, DAY, wire),
        story("own", 1, DAY, "Floods hit Ravenna's old town as Storm Kiara swept in on Monday.",
            "About 400 residents of the riverside district were taken to safety.")));
    assertThat(a.events()).allMatch(e -> e.membership() == EventMembership.MAIN);
    assertThat(a.events().get(1).reason()).startsWith("a copy of agency, decided with it: ");
    // the agency's evidence is what it shares with the independent report, not with its own reprint
    assertThat(a.events().get(0).reason()).doesNotStartWith("6 of its");
    assertThat(a.passages().get(0).articles()).contains("agency", "reprint", "own");
  }

  @Test
  void copiesTakeTheDecisionOfTheSameOriginalInAnyOrder() {
    String[] wire = {"Storm Kiara flooded the old town of Ravenna on Monday.",
        "Rescuers evacuated 400 people from the riverside district.", "The mayor closed all schools until Friday."};
    List<AnalyzedArticle> stories = List.of(story("own", 1, DAY, "Floods hit Ravenna's old town as Storm Kiara swept in.",
            "About 400 residents of the riverside district were taken to safety."),
        story("reprint", 0, DAY, wire), story("agency", 0, DAY, wire));
    // in every order, the agency's story is the original its reprint is decided with: of two copies of one day and
    // length, the first in the articles' own order (by text, then title), not the first given
    int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    for (int[] order : orders) {
      List<AnalyzedArticle> given = new ArrayList<>();
      for (int i : order) {
        given.add(stories.get(i));
      }
      Alignment a = ALIGNER.align(given);
      String as = given.stream().map(AnalyzedArticle::id).toList().toString();
      assertThat(reasonOf(a, "reprint")).as(as).startsWith("a copy of agency, decided with it: ");
      assertThat(reasonOf(a, "agency")).as(as).doesNotStartWith("a copy of");
    }
  }

  /** The reason of the event decision on article {@code id}. */
  private static String reasonOf(Alignment a, String id) {
    return a.events().stream().filter(e -> e.article().equals(id)).findFirst().orElseThrow().reason();
  }

  @Test
  void copiesAreArticlesMostOfWhoseSentencesAreInEachOther() {
    int[] reporting = {10, 10, 12, 4};
    int[][] close = {{0, 9, 1, 0}, {9, 0, 1, 0}, {1, 1, 0, 3}, {0, 0, 3, 0}};
    // 0 and 1 are copies; 3 has three of its four sentences in 2, but 2 only three of twelve in 3
    assertThat(StandardAligner.copies(reporting, close)).containsExactly(0, 0, 2, 3);
  }

  @Test
  void aLateArticleThatRepeatsTheStoryStaysInTheMainEvent() {
    String[] facts = {"Storm Kiara flooded the old town of Ravenna on Monday.",
        "Rescuers evacuated 400 people from the riverside district."};
    Alignment a = ALIGNER.align(List.of(
        article("first", DAY, facts), article("second", DAY, facts), article("weekly", DAY.plusDays(12), facts)));
    assertThat(a.events()).allMatch(e -> e.membership() == EventMembership.MAIN);
    assertThat(a.events().get(2).reason()).contains("12 days");
    assertThat(a.events().get(2).basis()).isEqualTo(EventBasis.SHARES_FACTS);
    assertThat(a.passages().get(0).articles()).containsExactly("first", "second", "weekly");
  }

  @Test
  void undatedArticlesAreDecidedByContentAlone() {
    Alignment a = ALIGNER.align(List.of(
        story("a", 0, null, "Storm Kiara flooded the old town of Ravenna on Monday."),
        story("b", 1, null, "Storm Kiara flooded the old town of Ravenna."),
        story("c", 2, null, "A chess prodigy from Lviv won the junior world title.")));
    assertThat(a.isMain("a")).isTrue();
    assertThat(a.isMain("b")).isTrue();
    assertThat(a.events().get(2).membership()).isEqualTo(EventMembership.OTHER);
    assertThat(a.events().get(2).basis()).isEqualTo(EventBasis.SHARES_NOTHING);
  }

  @Test
  void twoArticlesWithNothingInCommonKeepTheFirstAsTheMainEvent() {
    Alignment a = ALIGNER.align(List.of(
        story("a", 0, DAY, "Storm Kiara flooded the old town of Ravenna on Monday."),
        story("b", 1, DAY.plusDays(40), "A chess prodigy from Lviv won the junior world title.")));
    assertThat(a.isMain("a")).isTrue();
    assertThat(a.isMain("b")).isFalse();
    assertThat(a.events().get(1).reason()).isNotBlank();
    assertThat(a.events()).extracting(ArticleEvent::basis).containsExactly(EventBasis.FALLBACK_MAIN,
        EventBasis.PUBLISHED_APART);
  }

  @Test
  void oneArticleIsTheMainEventWithOnePassagePerSentence() {
    AnalyzedArticle only = story("only", 0, DAY, "Storm Kiara flooded the old town of Ravenna on Monday.");
    Alignment a = ALIGNER.align(List.of(only));
    assertThat(a.isMain("only")).isTrue();
    assertThat(a.events().get(0).basis()).isEqualTo(EventBasis.ONLY_ARTICLE);
    assertThat(a.passages()).hasSize(only.sentences().size());
  }

  @Test
  void embeddedTweetsTakeNoPartButHeadlinesDo() {
    String headline = "Kelso floods force 3,000 from their homes";
    String body = "Floods forced 3,000 residents of Kelso to leave their homes on Sunday.";
    String tweet = "Floods forced 3,000 residents of Kelso to leave their homes, says a local councillor.";
    String text = headline + "\n\n" + body + "\n\n" + tweet;
    int b = headline.length() + 2;
    int t = b + body.length() + 2;
    Article raw = Article.of("paper", "paper", DAY, "", text).withBody(List.of(
        new Block(0, headline.length(), headline, BlockKind.HEADLINE),
        new Block(b, b + body.length(), body, BlockKind.STORY),
        new Block(t, t + tweet.length(), tweet, BlockKind.EMBEDDED)), List.of());
    AnalyzedArticle paper = TextSentences.analyzer().analyze(raw);
    Alignment a = ALIGNER.align(List.of(paper,
        story("wire", 1, DAY, "Floods forced 3,000 residents of Kelso to leave their homes.")));
    Passage p = passageOf(a, "wire", 0);
    assertThat(p.member("paper").sentences()).containsExactly(0, 1);
    assertThat(a.passages()).noneMatch(x -> x.carriedBy("paper") && x.member("paper").sentences().contains(2));
  }

  /** The Marrow bridge story as four outlets' articles; {@code outlets} names each one's outlet. */
  private static Alignment marrowBridge(String... outlets) {
    String closed = "Flood water closed the Marrow bridge on Tuesday, the roads office said.";
    String booth = "A toll booth on the eastern bank was swept away by the current overnight.";
    String piers = "Engineers will inspect its stone piers once the river level falls.";
    String[][] texts = {
      {closed, booth, piers, FILLER[0][0], FILLER[0][1], FILLER[0][2]},
      {closed, booth, FILLER[1][0], FILLER[1][1], FILLER[1][2]},
      {closed, piers, FILLER[2][0], FILLER[2][1], FILLER[2][2]},
      {closed, "A choir from Pelsham won a national prize.", "Ticket sales for the summer fair opened early.",
          "The old cinema will show silent films in May."},
    };
    List<AnalyzedArticle> articles = new ArrayList<>();
    String[] ids = {"courier-am", "courier-pm", "post", "star"};
    for (int i = 0; i < texts.length; i++) {
      articles.add(TextSentences.analyzer().analyze(
          Article.of(ids[i], outlets[i], DAY, "", String.join("\n\n", texts[i]))));
    }
    return ALIGNER.align(articles);
  }

  @Test
  void anOutletsSecondArticleDoesNotMakeAFactMoreSalient() {
    // The Courier's morning and evening articles alone tell of the toll booth: one outlet of three carries it. The
    // piers are told by the Courier and the Post: two outlets of three, so the more salient fact.
    Alignment a = marrowBridge("Harbour Courier", "Harbour Courier", "Valley Post", "North Star");
    Passage booth = passageOf(a, "courier-am", 1);
    Passage piers = passageOf(a, "courier-am", 2);
    assertThat(booth.articles()).containsExactly("courier-am", "courier-pm");
    assertThat(piers.articles()).containsExactly("courier-am", "post");
    assertThat(booth.salience()).isLessThan(piers.salience()).isLessThanOrEqualTo(0.3);
    assertThat(passageOf(a, "star", 0).salience()).isGreaterThan(piers.salience());
  }

  @Test
  void factsCarriedByAsManyOutletsWeighByTheirPlaceInTheArticles() {
    // Four outlets: the toll booth and the piers are each told by two, and the booth comes earlier in its articles.
    Alignment a = marrowBridge("Harbour Courier", "Evening Courier", "Valley Post", "North Star");
    assertThat(passageOf(a, "courier-am", 1).salience()).isGreaterThan(passageOf(a, "courier-am", 2).salience());
  }

  @Test
  void noArticlesIsAnError() {
    assertThatThrownBy(() -> ALIGNER.align(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("articles");
  }
}
