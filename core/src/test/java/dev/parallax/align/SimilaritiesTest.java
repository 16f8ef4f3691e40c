package dev.parallax.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilaritiesTest {
  private static final SentenceSimilarity LEXICAL = Similarities.lexical();

  private static final List<Sentence> CORPUS = List.of(
      TextSentences.of("Russia has denied planning an invasion of Ukraine."),
      TextSentences.of("Russia denies any plans to invade."),
      TextSentences.of("Russia warned NATO on Tuesday."),
      TextSentences.of("Ukraine said Russia had massed 90,000 troops near its border."),
      TextSentences.of("Ukraine says 94,000 Russian soldiers are near the border."),
      TextSentences.of("Russia and NATO met in Stockholm."),
      TextSentences.of("The weather in Stockholm was cold."),
      TextSentences.of("Lavrov spoke of a nightmare of military confrontation."),
      TextSentences.of("The nightmarish scenario of military confrontation is returning."));

  private static double score(String a, String b) {
    SentenceSimilarity.Scorer scorer = LEXICAL.bind(CORPUS);
    return scorer.score(TextSentences.of(a), TextSentences.of(b));
  }

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({"killed, died, same", "killed, injured, different", "arrested, fired, different",
      "hurt, injured, different", "fired, sacked, different", "charged, accused, different"})
  void newsVerbsOfOneOutcomeAreOneFactWhenTheRestOfTheSentenceIsCommon(String a, String b, String expected) {
    // one report told with each verb: the words around the verb are the story's, common to every sentence.
    // hurt / injured, fired / sacked, charged / accused stay apart: the synonym table that joined them linked
    // more look-alike non-links than the same-fact model allows (docs/evaluation.md, 41st session)
    String template = "Nine workers %s at the Brackwater depot on Monday, the council said.";
    List<Sentence> corpus = new ArrayList<>();
    for (String verb : List.of("hurt", "injured", "harmed", "killed", "died", "fired", "sacked", "charged",
        "accused", "arrested", "detained", "resigned", "evacuated", "rescued", "promoted", "trained", "paid",
        "hired", "praised", "tested", "searched", "questioned", "released", "moved", "warned")) {
      corpus.add(TextSentences.of(template.formatted(verb)));
    }
    double s = LEXICAL.bind(corpus)
        .score(TextSentences.of(template.formatted(a)), TextSentences.of(template.formatted(b)));
    if (expected.equals("same")) {
      assertThat(s).isGreaterThanOrEqualTo(LEXICAL.threshold());
    } else {
      assertThat(s).isLessThan(LEXICAL.threshold());
    }
  }

  @Test
  void isNamedLexicalWithAThresholdInsideTheRange() {
    assertThat(LEXICAL.name()).isEqualTo("lexical");
    assertThat(LEXICAL.threshold()).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void isOneOnIdenticalSentences() {
    SentenceSimilarity.Scorer scorer = LEXICAL.bind(CORPUS);
    for (Sentence s : CORPUS) {
      assertThat(scorer.score(s, s)).as(s.text()).isEqualTo(1.0, within(1e-9));
    }
    assertThat(score("It is what it is.", "It is what it is.")).isEqualTo(1.0, within(1e-9));
  }

  @Test
  void isZeroWhenEitherSentenceIsEmpty() {
    Sentence empty = new Sentence(0, "", 0, 0, SentenceRole.BODY, List.of());
    Sentence punctuation = TextSentences.of("...");
    SentenceSimilarity.Scorer scorer = LEXICAL.bind(CORPUS);
    assertThat(scorer.score(empty, CORPUS.get(0))).isZero();
    assertThat(scorer.score(CORPUS.get(0), empty)).isZero();
    assertThat(scorer.score(empty, empty)).isZero();
    assertThat(scorer.score(punctuation, punctuation)).isZero();
    assertThat(LEXICAL.bind(List.of()).score(empty, empty)).isZero();
  }

  @Test
  void isSymmetricAndInRangeOnEveryPairOfTheCorpus() {
    SentenceSimilarity.Scorer scorer = LEXICAL.bind(CORPUS);
    for (Sentence a : CORPUS) {
      for (Sentence b : CORPUS) {
        double ab = scorer.score(a, b);
        assertThat(ab).isBetween(0.0, 1.0);
        assertThat(scorer.score(b, a)).isEqualTo(ab, within(1e-12));
      }
    }
  }

  @Test
  void scoresSentencesOutsideTheBoundCorpusToo() {
    SentenceSimilarity.Scorer scorer = LEXICAL.bind(CORPUS);
    Sentence a = TextSentences.of("Zelensky called for direct talks with Moscow.");
    Sentence b = TextSentences.of("Zelensky called for direct talks with Moscow.");
    assertThat(scorer.score(a, b)).isEqualTo(1.0, within(1e-9));
  }

  @ParameterizedTest(name = "{0} | {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Russia has denied planning an invasion of Ukraine.        | Russia denies any plans to invade.                              | same
      Lavrov spoke of a nightmare of military confrontation.    | The nightmarish scenario of military confrontation is returning. | same
      Ukraine said Russia had massed 90,000 troops near its border. | Ukraine says 90,000 Russian troops are massed near the border. | same
      Russia has denied planning an invasion of Ukraine.        | Russia warned NATO on Tuesday.                                  | different
      Russia and NATO met in Stockholm.                         | The weather in Stockholm was cold.                              | different
      Russia has denied planning an invasion of Ukraine.        | Ukraine said Russia had massed 90,000 troops near its border.   | different
      """)
  void decidesSameFactAtItsThreshold(String a, String b, String expected) {
    double s = score(a.strip(), b.strip());
    if (expected.strip().equals("same")) {
      assertThat(s).isGreaterThanOrEqualTo(LEXICAL.threshold());
    } else {
      assertThat(s).isLessThan(LEXICAL.threshold());
    }
  }

  @Test
  void synonymsAndMorphologyCountLessThanTheSameWordButMoreThanNothing() {
    double same = score("The pact was signed.", "The pact was signed.");
    double synonym = score("The pact was signed.", "The treaty was signed.");
    double unrelated = score("The pact was signed.", "The weather was signed.");
    assertThat(synonym).isLessThan(same).isGreaterThan(unrelated);
    double morph = score("A nightmare.", "Nightmarish.");
    assertThat(morph).isGreaterThan(0.5);
  }

  @Test
  void aShortFormOfAGivenNameMatchesTheFormalName() {
    double shortForm = score("Jim Hallworth resigned over the budget.", "James Hallworth resigned over the budget.");
    double otherName = score("Jim Hallworth resigned over the budget.", "John Hallworth resigned over the budget.");
    assertThat(shortForm).isGreaterThan(otherName);
  }

  @Test
  void anInitialismWithoutPeriodsIsTheSameWordAsWithThem() {
    // "US" is not the pronoun "us": written with or without periods it is one country, and as much of the fact
    double periods = score("The U.S. imposed new sanctions on Lindby.", "The U.S. imposed new sanctions on Lindby.");
    double capitals = score("The US imposed new sanctions on Lindby.", "The U.S. imposed new sanctions on Lindby.");
    assertThat(capitals).isCloseTo(periods, within(1e-9));
    // and a two-letter initialism weighs like any name, not like a function word
    double otherCountry = score("The UK imposed new sanctions on Lindby.", "The EU imposed new sanctions on Lindby.");
    double otherWord = score("The UK imposed new sanctions on Lindby.", "The UK imposed new sanctions on Norvik.");
    assertThat(otherCountry).isLessThan(0.9);
    assertThat(otherCountry).isCloseTo(otherWord, within(0.15));
  }

  @Test
  void aSentenceInCapitalsKeepsItsFunctionWords() {
    // in a headline set in capitals every word is capitals: "US" there may be the pronoun
    assertThat(LexicalSimilarity.isInitialism("US")).isTrue();
    assertThat(LexicalSimilarity.isInitialism("Us")).isFalse();
    assertThat(LexicalSimilarity.isInitialism("I")).isFalse();
    double shouted = score("LET US PRAY FOR LINDBY", "Let us pray for Lindby.");
    assertThat(shouted).isGreaterThanOrEqualTo(LEXICAL.threshold());
  }

  @Test
  void anAttributionAndOneSharedNumberAreNotOneFact() {
    // "According to" names a source, not a fact: what remains in common is one figure, which counts the dead
    // of an old war on one side and the injured of a new flood on the other.
    double s = score("According to state media, the war in 1974 killed more than 1,400 in the region.",
        "According to the ministry, the flood has also injured more than 1,400 people.");
    assertThat(s).isLessThan(0.6 * LEXICAL.threshold());
  }

  @Test
  void rareSharedWordsWeighMoreThanCommonOnes() {
    double common = score("Russia warned NATO.", "Russia and NATO met.");
    double rare = score("Lavrov spoke of confrontation.", "The confrontation with Lavrov.");
    assertThat(rare).isGreaterThan(common);
  }

  private static final SentenceSimilarity PARAPHRASE = Similarities.paraphrase();

  @Test
  void theParaphraseSimilarityKeepsTheSameContract() {
    assertThat(PARAPHRASE.name()).isEqualTo("lexical-paraphrase");
    assertThat(PARAPHRASE.threshold()).isStrictlyBetween(0.0, 1.0);
    SentenceSimilarity.Scorer scorer = PARAPHRASE.bind(CORPUS);
    Sentence empty = new Sentence(0, "", 0, 0, SentenceRole.BODY, List.of());
    assertThat(scorer.score(empty, CORPUS.get(0))).isZero();
    assertThat(scorer.score(TextSentences.of("..."), TextSentences.of("..."))).isZero();
    for (Sentence a : CORPUS) {
      assertThat(scorer.score(a, a)).as(a.text()).isEqualTo(1.0, within(1e-9));
      for (Sentence b : CORPUS) {
        double ab = scorer.score(a, b);
        assertThat(ab).isBetween(0.0, 1.0);
        assertThat(scorer.score(b, a)).isEqualTo(ab, within(1e-12));
      }
    }
    Sentence outside = TextSentences.of("Zelensky called for direct talks with Moscow.");
    assertThat(scorer.score(outside, TextSentences.of("Zelensky called for direct talks with Moscow.")))
        .isEqualTo(1.0, within(1e-9));
  }

  @Test
  void aSentenceThatAddsAClauseLosesMoreUnderTheParaphraseSimilarity() {
    Sentence shorter = TextSentences.of("Floods forced 3,000 residents of Kelso to leave their homes.");
    Sentence longer = TextSentences.of(
        "Floods forced 3,000 residents of Kelso to leave their homes and closed the Tweed bridge on Sunday.");
    List<Sentence> corpus = new java.util.ArrayList<>(CORPUS);
    corpus.add(shorter);
    corpus.add(longer);
    double lexical = LEXICAL.bind(corpus).score(shorter, longer);
    double paraphrase = PARAPHRASE.bind(corpus).score(shorter, longer);
    assertThat(lexical).isGreaterThanOrEqualTo(LEXICAL.threshold());
    assertThat(paraphrase).isLessThan(lexical);
  }

  @Test
  void sentencesWithNothingInCommonAreNoParaphraseHoweverAlikeTheirLengths() {
    SentenceSimilarity.Scorer scorer = PARAPHRASE.bind(CORPUS);
    assertThat(scorer.score(TextSentences.of("The weather in Stockholm was cold."),
        TextSentences.of("Lavrov spoke of a nightmare."))).isZero();
  }
}
