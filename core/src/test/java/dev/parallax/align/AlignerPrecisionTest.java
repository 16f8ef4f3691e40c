package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Passages stay specific: sentences that merely share the story's actors, one word, or a few loose
 * synonyms report different facts and stay apart; a sentence announcing a quotation with a colon travels
 * with the quotation. Small hand-written stories about two invented countries, Veldoria and Marnia, whose
 * names (like "Russia", "Ukraine" and "military" in the seeds) are in nearly every sentence.
 */
class AlignerPrecisionTest {
  private static final Aligner ALIGNER = Aligners.standard(Similarities.lexical());
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

  private static AnalyzedArticle article(String id, String... sentences) {
    return TextSentences.analyzer().analyze(Article.of(id, id, DAY, "", String.join("\n\n", sentences)));
  }

  private static Passage passageOf(Alignment a, String article, int sentence) {
    return a.passages().stream()
        .filter(p -> p.carriedBy(article) && p.member(article).sentences().contains(sentence))
        .findFirst().orElseThrow();
  }

  /** Background both outlets give, so the names are the story's topic and not evidence of one fact. */
  private static final String[] VELDORIA_A = {
    "Veldorian military convoys moved tanks to the border with Marnia on Monday.",
    "Marnia said Veldoria had massed 40,000 soldiers near the frontier.",
    "The Veldorian military denied any plan to attack Marnia.",
    "Diplomats from Veldoria and Marnia will meet in Geneva next week.",
  };
  private static final String[] VELDORIA_B = {
    "Veldorian military tanks rolled towards the Marnia frontier on Monday, witnesses said.",
    "Marnia estimates that 40,000 Veldoria troops are now near its border.",
    "Veldoria insists its military has no plan to attack Marnia.",
    "Talks between Veldorian and Marnian diplomats are due in Geneva next week.",
  };

  private static String[] with(String[] background, String... more) {
    String[] out = new String[background.length + more.length];
    System.arraycopy(more, 0, out, 0, more.length);
    System.arraycopy(background, 0, out, more.length, background.length);
    return out;
  }

  @Test
  void headlineSharingOneWordStaysApart() {
    Alignment a = ALIGNER.align(List.of(
        article("a", with(VELDORIA_A, "Is Veldoria about to go to war?")),
        article("b", with(VELDORIA_B, "\u201cThe war in the eastern hills has been going on for eight years.\u201d"))));
    assertThat(passageOf(a, "a", 0).id()).isNotEqualTo(passageOf(a, "b", 0).id());
    assertThat(passageOf(a, "a", 3).articles()).containsExactly("a", "b");
  }

  @Test
  void differentYearsAndActorsStayApart() {
    Alignment a = ALIGNER.align(List.of(
        article("a", with(VELDORIA_A,
            "The United States and the European Union placed sanctions on Veldoria in 2014 for invading Marnia.")),
        article("b", with(VELDORIA_B,
            "Meanwhile, NATO has expressed concerns Veldoria is on the verge of invading Marnia."))));
    assertThat(passageOf(a, "a", 0).id()).isNotEqualTo(passageOf(a, "b", 0).id());
  }

  @Test
  void aHeadlineAndASentenceLinkedOnlyByLooseSynonymsStayApart() {
    Alignment a = ALIGNER.align(List.of(
        article("a", with(VELDORIA_A,
            "Military Action Is Foreseen In The Marnia Conflict, According To A Top Official.")),
        article("b", with(VELDORIA_B,
            "Likely there will be engagement between the Pentagon and Veldorian defense officials."))));
    assertThat(passageOf(a, "a", 0).id()).isNotEqualTo(passageOf(a, "b", 0).id());
  }

  @Test
  void weakPairsThatShareSpecificWordsStillJoin() {
    Alignment a = ALIGNER.align(List.of(
        article("a", with(VELDORIA_A,
            "Veldoria's comments come amid increasing fears over a military buildup on its border with Marnia.")),
        article("b", with(VELDORIA_B,
            "The top Veldorian diplomat's comments came amid fears that Veldoria is planning an invasion."))));
    assertThat(passageOf(a, "a", 0).id()).isEqualTo(passageOf(a, "b", 0).id());
  }

  @Test
  void backgroundSharingOnlyTheTopicAndLooseSynonymsStaysApart() {
    // "action"/"activities" and "alarmed"/"dismay" are near-synonyms, "military" and the two countries are
    // the story's topic: one sentence is background, the other a president's complaint.
    Alignment a = ALIGNER.align(List.of(
        article("a", with(VELDORIA_A, "Veldorian military action near Marnia has always alarmed Western countries.")),
        article("b", with(VELDORIA_B, "The Veldorian president has expressed particular dismay over military"
            + " activities of the alliance in the Black Sea region."))));
    assertThat(passageOf(a, "a", 0).id()).isNotEqualTo(passageOf(a, "b", 0).id());
  }

  @Test
  void aSentenceAnnouncingAQuotationWithAColonJoinsTheQuotation() {
    String quote = "“The union refuses to consider our offers on ending the strike and on keeping the"
        + " mines safe,” Hartmann said.";
    Alignment a = ALIGNER.align(List.of(
        article("a",
            "Miners in Ostrava have been on strike since January.",
            quote,
            "The company's shares fell by a tenth."),
        article("b",
            "Speaking to reporters on Friday, mining chief Lena Hartmann was blunt:",
            quote.replace('\u201c', '"').replace('\u201d', '"'),
            "Coal prices rose in Poland.")));
    Passage p = passageOf(a, "b", 1);
    assertThat(p.member("b").sentences()).containsExactly(0, 1);
    assertThat(p.member("a").sentences()).containsExactly(1);
  }

  @Test
  void aColonBeforeASentenceThatIsNoQuotationJoinsNothing() {
    Alignment a = ALIGNER.align(List.of(
        article("a", "The minister met her Marnian counterpart in Geneva on Friday.",
            "She later proposed a new regional water treaty.", "Rail fares will rise next spring."),
        article("b", "The minister met her Marnian counterpart in Geneva on Friday, officials said:",
            "The harbour of Valdoria reopened after the storm.", "Farmers warned of a poor olive harvest.")));
    assertThat(passageOf(a, "b", 0).member("b").sentences()).containsExactly(0);
    assertThat(passageOf(a, "b", 1).articles()).containsExactly("b");
  }
}
