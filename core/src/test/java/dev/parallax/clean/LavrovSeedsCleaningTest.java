package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five Lavrov articles, cleaned and split, sentence by sentence: every sentence of reporting and every
 * quote is still there, no page chrome is left in any sentence, and each removal says why. The expected
 * fragments were written from reading the articles.
 */
class LavrovSeedsCleaningTest {
  private static EnglishAnalyzer analyzer;

  @BeforeAll
  static void loadModels() {
    analyzer = SeedArticles.analyzer();
  }

  private static final String UNNAMED = "000_de842d1e572453eb";
  private static final String RT = "001_17d8a8fe762a2e75";
  private static final String INSIDER = "002_d2b672eee6184288";
  private static final String ZEROHEDGE = "003_b011d7168288c4b4";
  private static final String LATER = "004_e9aafec4d55ee50f";

  @Test
  void roundUpKeepsItsTwoSentenceHeadlineAndEveryParagraph() {
    AnalyzedArticle a = SeedArticles.cleanAndAnalyze(analyzer, UNNAMED);
    assertThat(a.article().title()).startsWith("Is Russia about to go to war?").endsWith("According To A Top Official.");
    assertThat(a.sentences().get(0).text()).isEqualTo("Is Russia about to go to war?");
    assertThat(a.sentences().get(0).role()).isEqualTo(SentenceRole.HEADLINE);
    assertThat(a.sentences().get(1).text()).startsWith("Military Action Is Foreseen In The Ukraine Conflict");
    assertThat(a.sentences().get(1).role()).isEqualTo(SentenceRole.HEADLINE);
    assertStory(a,
        "If NATO continues to expand eastward, Russian Foreign Minister Sergei Lavrov said on Thursday",
        "ready for a “nightmare of military confrontation.”",
        "Lavrov proposed a new European security treaty",
        "Russia has denied planning an invasion on Ukraine",
        "Russia has stockpiled more than 90,000 troops along the Ukrainian border, according to Ukraine.",
        "This isn’t the first time Russia has threatened military action",
        "Russia warned NATO on Tuesday that extending its military infrastructure",
        "“For us, creating such threats [in Ukraine]would be a no-no.",
        "But I sincerely hope that it does not come to that.",
        "Russian President Vladimir Putin stated.",
        "Russian military action near Ukraine has always alarmed Western countries.",
        "France issued a warning to Russia in mid-November.",
        "Secretary of State Antony Blinken met with Russian Foreign Minister Sergei Lavrov in Sweden",
        "“It is now up to Russia to de-escalate present tensions",
        "Blinken said during an OSCE summit press conference.",
        "Blinken says there will be “severe consequences.”",
        "Last week, President Joe Biden told reporters",
        "placed sanctions on Russia in 2014 for invading Ukraine.",
        "Russia’s financial problems was exacerbated by the sanctions.");
    assertThat(sentence(a, "“severe consequences.”").text()).doesNotContain("Last week");
    assertAbsent(a, "date 2021-12-02", "2021-12-02");
    assertRemoved(a.article(), "date 2021-12-02", RemovalReason.METADATA);
    assertThat(a.article().removed()).hasSize(1);
  }

  @Test
  void rtLosesIconsMenusCaptionTeaserAndFooterButKeepsTheStory() {
    AnalyzedArticle a = SeedArticles.cleanAndAnalyze(analyzer, RT);
    String headline = "Russia warns about ‘nightmare scenario’ of military confrontation in Europe";
    assertThat(a.article().title()).isEqualTo(headline);
    assertThat(a.sentences().get(0).text()).isEqualTo(headline);
    assertThat(a.sentences().get(0).role()).isEqualTo(SentenceRole.HEADLINE);
    assertThat(a.sentences()).filteredOn(s -> s.text().equals(headline)).hasSize(1);
    assertStory(a,
        "Europe may be returning to a situation of military confrontation",
        "Foreign Minister Sergey Lavrov claimed on Thursday.",
        "Speaking in Stockholm, which is currently hosting a meeting of the OSCE Ministerial Council",
        "which he said is “rapidly eroding.”",
        "“NATO refuses to consider our proposals on de-escalation of tensions and prevention of dangerous incidents,”"
            + " Lavrov said",
        "Lavrov’s comments come amid increasing fears over an alleged military buildup",
        "Since the start of November, some Western media outlets have claimed",
        "an allegation strongly denied by the Kremlin.",
        "Last month, NATO Secretary-General Jens Stoltenberg asked Russia to be transparent",
        "calling the purported troop buildup “large” and “unusual.”",
        "\"We have to be clear-eyed, we need to be realistic about the challenges we face,” he said.",
        "“We know that Russia has been willing to use these types of military capabilities before");
    // The ellipsis inside the quotation ends a sentence: a new one starts with a capital.
    assertThat(a.sentences()).extracting(Sentence::text).contains(
        "“On the contrary, the alliance's military infrastructure is moving closer to Russia's borders...",
        "The nightmarish scenario of military confrontation is returning.”");
    assertAbsent(a, "chevron", "bookmark", "HomeRussia", "Former Soviet Union", "2 Dec, 2021", "11:07",
        "Get short URL", "Balkan Sentinel", "REUTERS", "Spasiyana", "Jonny Tickle", "READ MORE",
        "US reveals response", "Podcasts", "podcasts", "العربية", "рус", "RT News App", "TV-Novosti",
        "All rights reserved", "cookies", "Privacy policy", "©");
    Article c = a.article();
    assertRemoved(c, "icon bookmark-bicon", RemovalReason.NAVIGATION);
    assertRemoved(c, "HomeRussia & Former Soviet Union", RemovalReason.NAVIGATION);
    assertRemoved(c, "2 Dec, 2021 11:07", RemovalReason.BYLINE);
    assertRemoved(c, "Get short URL", RemovalReason.NAVIGATION);
    assertRemoved(c, "Soldiers from the US Army", RemovalReason.CAPTION);
    assertRemoved(c, "By\u00A0Jonny Tickle", RemovalReason.BYLINE);
    assertRemoved(c, "READ MORE:", RemovalReason.TEASER);
    assertRemoved(c, "Podcasts", RemovalReason.FOOTER);
    assertRemoved(c, "All podcasts", RemovalReason.FOOTER);
    assertRemoved(c, "العربية", RemovalReason.FOREIGN_SCRIPT);
    assertRemoved(c, "RT News App", RemovalReason.FOOTER);
    assertRemoved(c, "All rights reserved.", RemovalReason.FOOTER);
    assertRemoved(c, "This website uses cookies.", RemovalReason.FOOTER);
    assertRemoved(c, "Accept cookies", RemovalReason.FOOTER);
    // The headline under the picture repeats the one above it.
    Removal repeat = c.removed().stream().filter(r -> r.reason() == RemovalReason.DUPLICATE).findFirst().orElseThrow();
    assertThat(repeat.text()).isEqualTo(headline);
    assertThat(repeat.start()).isGreaterThan(c.text().indexOf(headline));
  }

  @Test
  void insiderKeepsBulletsWithoutTheirMarksAndDropsBothPictureCaptions() {
    AnalyzedArticle a = SeedArticles.cleanAndAnalyze(analyzer, INSIDER);
    assertThat(a.article().title()).startsWith("Russia’s top diplomat accuses the US and NATO of risking");
    assertThat(a.sentences().get(0).role()).isEqualTo(SentenceRole.HEADLINE);
    List<Sentence> bullets = a.sentences().stream().filter(s -> s.role() == SentenceRole.BULLET).toList();
    assertThat(bullets).extracting(Sentence::text).containsExactly(
        "Sergey Lavrov accused the US of risking a “nightmare scenario” in Europe.",
        "The top Russian diplomat said NATO was “irresponsibly” expanding its military infrastucture toward Rusisa.",
        "Meanwhile, NATO has expressed concerns Russia is on the verge of invading Ukraine.");
    assertStory(a,
        "Russian Foreign Minister Sergey Lavrov on Thursday accused the US and NATO of risking",
        "“The alliance’s military infrastructure is being irresponsibly brought closer to Russia’s borders",
        "per BBC News.",
        "The top Russian diplomat’s comments came amid fears that Moscow is planning an invasion of Ukraine.",
        "Tens of thousands of Russian troops have gathered along Ukraine’s border.",
        "Since Russia’s unilateral annexation of Crimea in 2014",
        "That same year, a war began between Kremlin-backed rebels and Ukrainian troops",
        "has killed over 13,000 people.",
        "Ukraine is not a full NATO member",
        "Members of the security alliance have given military aid to Ukraine",
        "Russian President Vladimir Putin views the alliance’s growing influence",
        "Putin has expressed particular dismay over NATO and US military activities in the Black Sea region.",
        "“The threat on our western borders is, indeed, rising",
        "The New York Times reported.",
        "“In our dialogue with the US and its allies, we will insist",
        "Putin said Russia needed “legal guarantees”",
        "“We need legal guarantees,” Putin said.",
        "“Russia’s legal concerns in the security sphere were ignored",
        "Meanwhile, Ukraine has said that 90,000 Russian troops have amassed along its border.",
        "Russia denies any plans to invade, but the West is not taking Putin’s word for it.",
        "“There is a major risk of Russian military activity in Ukraine in the next few months.",
        "Ivo Daalder, the US ambassador to NATO from 2009 to 2013, told Insider last week.",
        "NATO Secretary-General Jens Stoltenberg on Wednesday warned Russia",
        "US Secretary of State Antony Blinken has also told Russia",
        "Blinken, who met with other NATO foreign ministers in Latvia this week",
        "The top US diplomat reiterated to Lavrov",
        "State Department spokesperson Ned Price said in a readout of the meeting.",
        "Blinken “underscored that the best path forward is diplomacy,” Price added.",
        "After meeting with his Russian counterpart, Blinken said",
        "Ukrainian President Volodymyr Zelensky, who recently said he’d uncovered an imminent coup plot",
        "“We must tell the truth that we will not be able to stop the war without direct talks with Russia,”",
        "“The war in Donbass has been going on for eight years.",
        "Eight years since Russia annexed Crimea,” Zelensky said.",
        "“And I’m not afraid to tell everyone about it and speak directly to the Russians.",
        "That’s why, at the same time, I’m not afraid to talk to them directly.",
        "We are not afraid of direct dialogue.”",
        "The Minsk agreements, which aimed to end the Donbass war, have never been fully enforced");
    assertAbsent(a, "Antony Blinken and Sergei Lavrov", "meet on the sidelines of the OSCE meeting",
        "walks past military personnel", "at a ceremonial event", "Read the original article", "\u2022");
    Article c = a.article();
    assertRemoved(c, "Antony Blinken and Sergei Lavrov", RemovalReason.CAPTION);
    assertRemoved(c, "meet on the sidelines of the OSCE meeting in Stockholm", RemovalReason.CAPTION);
    assertRemoved(c, "walks past military personnel during a ceremonial event.", RemovalReason.CAPTION);
    assertRemoved(c, "Russian President Vladimir Putin at a ceremonial event.", RemovalReason.CAPTION);
    assertRemoved(c, "Read the original article on Business Insider", RemovalReason.FOOTER);
  }

  @Test
  void zeroHedgeKeepsTheTweetAsEmbeddedAndDropsFeedLinksAndCommentWidgets() {
    AnalyzedArticle a = SeedArticles.cleanAndAnalyze(analyzer, ZEROHEDGE);
    assertThat(a.article().title()).isEqualTo("Russia's Lavrov Warns Blinken Of Return To Military Confrontation \"Nightmare\"");
    assertStory(a,
        "On Friday top Ukraine officials continued sounding the alarm",
        "\"Our intelligence analyses all scenarios, including the worst,\" Ukraine's defense minister",
        "It notes that the likelihood of a large-scale escalation from Russia exists.",
        "The most likely time to reach readiness for an escalation will be the end of January.\"",
        "He said more than 94,000 Russian soldiers have massed across the border.",
        "The charge comes two days after Moscow turned the accusation around",
        "The Kremlin called Ukraine's rhetoric and actions \"excessively inflamed and dangerous\"",
        "Western allies have expressed \"tremendous solidarity\"",
        "Given this atmosphere of escalating accusations and fears of direct confrontation",
        "Likely there will be engagement between the Pentagon and Russian defense officials.",
        "Over a week ago, on Nov.23, the heads of the Russian and United States militaries held a rare phone call",
        "In his latest comments Friday, Russian FM Sergey Lavrov asserted that NATO is refusing calls",
        "\"NATO refuses to consider our proposals on de-escalation of tensions",
        "He actually met with Blinken on the sidelines of conference",
        "At a European security conference in Sweden, Mr Lavrov floated the idea of a new European security pact",
        "US Secretary of State Antony Blinken warned of \"serious consequences\" if Russia sought conflict with Ukraine.",
        "Moscow has repeatedly denied that it's preparing any kind of military offensive against Ukraine.",
        "It's leader have said that troop movements within its own sovereign borders",
        "Meanwhile, Russia remains on edge",
        "\"One of the three was accused of planning a terrorist attack");
    assertThat(a.sentences()).extracting(Sentence::text).contains(
        "\"On the contrary, the alliance's military infrastructure is moving closer to Russia's borders...",
        "The nightmarish scenario of military confrontation is returning.\"");
    // The tweet is shown as embedded content, not mixed into the outlet's reporting.
    List<Sentence> embedded = a.sentences().stream().filter(s -> s.role() == SentenceRole.EMBEDDED).toList();
    assertThat(String.join(" ", embedded.stream().map(Sentence::text).toList()))
        .contains("Blinken and Lavrov separated by about 25 feet")
        .contains("Nick Wadhams (@nwadhams) December 2, 2021");
    assertThat(a.article().body()).filteredOn(b -> b.kind() == BlockKind.EMBEDDED).hasSize(2);
    assertThat(a.article().removed()).noneMatch(r -> r.text().contains("Wadhams") || r.text().contains("flower"));
    for (Sentence s : a.sentences()) {
      if (s.isReporting()) {
        assertThat(s.text()).doesNotContain("flower arrangement").doesNotContain("@nwadhams");
      }
    }
    assertAbsent(a, "ift.tt", "from ZeroHedge News", "via IFTTT", "0 comments", "Post a Comment");
    Article c = a.article();
    assertThat(c.removed()).filteredOn(r -> r.reason() == RemovalReason.LINK).extracting(Removal::text)
        .containsExactly("https://ift.tt/3Drii3L", "from ZeroHedge News https://ift.tt/3Drii3L");
    assertRemoved(c, "via IFTTT", RemovalReason.FOOTER);
    assertRemoved(c, "0 comments", RemovalReason.FOOTER);
    assertRemoved(c, "Post a Comment", RemovalReason.FOOTER);
  }

  @Test
  void laterArticleHasNoHeadlineKeepsItsSubheadingsAndDropsThePictureCredit() {
    AnalyzedArticle a = SeedArticles.cleanAndAnalyze(analyzer, LATER);
    assertThat(a.article().title()).isEmpty();
    assertThat(a.sentences()).noneMatch(s -> s.role() == SentenceRole.HEADLINE);
    assertStory(a,
        "Russian Foreign Minister Sergey Lavrov said that a decision to enlist Ukraine in NATO",
        "He warned that this could even lead to a large-scale military confrontation in Europe",
        "The Russian Foreign Minister was quoted as saying by the newspaper",
        "Lavrov added that the United States' aggressive approach against Russia generates a toxic atmosphere",
        "He continued by pointing out that their interactions with Washington has led to an unfavourable scenario",
        "He accused the Americans of being overtly antagonistic",
        "\"make baseless charges against Russia, and do other hostile actions\".",
        "Lavrov said that America's action towards Russia contributes to a toxic environment",
        "As per a report by Russian state-owned Sputnik",
        "In their response, Moscow also pointed out",
        "On December 17, the Russian Foreign Ministry released security assurances recommendations",
        "Russian Deputy Foreign Minister Sergey Ryabkov stated",
        "Putin blames US, allies for escalating tensions in Ukraine",
        "Russian President Vladimir Putin, on the other hand, during a press conference on Thursday",
        "Putin said it was up to the United States and NATO to deliver the security guarantees");
    assertAbsent(a, "(Image: AP)", "Image: AP");
    assertRemoved(a.article(), "(Image: AP)", RemovalReason.CAPTION);
  }

  @Test
  void everyCharacterIsEitherKeptOrRemovedAndOffsetsHold() throws Exception {
    for (String id : SeedArticles.ids()) {
      AnalyzedArticle a = SeedArticles.cleanAndAnalyze(analyzer, id);
      SeedArticles.assertOffsetsHold(a);
      CleaningInvariants.assertPartition(a.article());
    }
  }

  @Test
  void cleaningTwiceChangesNothing() throws Exception {
    for (String id : SeedArticles.ids()) {
      Article once = Cleaners.standard().clean(SeedArticles.read(id));
      Article twice = Cleaners.standard().clean(once);
      assertThat(twice.body()).as(id).isEqualTo(once.body());
      assertThat(twice.removed()).as(id).isEqualTo(once.removed());
      assertThat(twice.title()).as(id).isEqualTo(once.title());
    }
  }

  /** Each fragment is in some sentence of the outlet's own reporting. */
  private static void assertStory(AnalyzedArticle a, String... fragments) {
    List<String> missing = new ArrayList<>();
    for (String f : fragments) {
      if (a.sentences().stream().noneMatch(s -> s.isReporting() && s.text().contains(f))) {
        missing.add(f);
      }
    }
    assertThat(missing).as("story fragments lost from %s", a.id()).isEmpty();
  }

  /** No sentence holds any of the fragments. */
  private static void assertAbsent(AnalyzedArticle a, String... fragments) {
    for (Sentence s : a.sentences()) {
      for (String f : fragments) {
        assertThat(s.text()).as("chrome left in %s sentence %d", a.id(), s.index()).doesNotContain(f);
      }
    }
  }

  private static Sentence sentence(AnalyzedArticle a, String fragment) {
    return a.sentences().stream().filter(s -> s.text().contains(fragment)).findFirst().orElseThrow();
  }

  /** A removal holds {@code fragment}, for {@code reason}, and its offsets select its text. */
  static void assertRemoved(Article a, String fragment, RemovalReason reason) {
    Removal r = a.removed().stream().filter(x -> x.text().contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no removal holds '" + fragment + "' in " + a.id()));
    assertThat(r.reason()).as("reason for removing '%s'", fragment).isEqualTo(reason);
    assertThat(a.text().substring(r.start(), r.end())).isEqualTo(r.text());
  }
}
