package dev.parallax.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens of news text: what stays one token, surface and normalized forms, stems and offsets. */
class TokensTest {
  private static List<Token> tokens(String text) {
    return new Tokens().tokenize(text, 100);
  }

  private static List<String> texts(String text) {
    return tokens(text).stream().map(Token::text).toList();
  }

  @Test
  void numbersWithSeparatorsHyphenatedWordsAndCliticsStayWhole() {
    assertThat(texts("Kremlin-backed rebels, 90,000 troops and 13.5 km: Russia's army."))
        .containsExactly("Kremlin-backed", "rebels", ",", "90,000", "troops", "and", "13.5", "km", ":", "Russia", "'s",
            "army", ".");
  }

  @Test
  void namesWithAnElidedArticleStayWhole() {
    assertThat(texts("Jim O'Brien met Ms. O\u2019Neill in C\u00F4te d'Ivoire; the players' union played rock 'n' roll."))
        .containsExactly("Jim", "O'Brien", "met", "Ms", ".", "O\u2019Neill", "in", "C\u00F4te", "d'Ivoire", ";", "the",
            "players", "'", "union", "played", "rock", "'", "n", "'", "roll", ".");
  }

  @Test
  void initialismIsOneTokenWhoseLemmaMatchesTheUndottedForm() {
    List<Token> t = tokens("The U.S. and the US agreed.");
    assertThat(t).extracting(Token::text).containsExactly("The", "U.S.", "and", "the", "US", "agreed", ".");
    assertThat(t.get(1).lemma()).isEqualTo(t.get(4).lemma());
  }

  @Test
  void aNameOfCapitalsAndANumberIsOneWordWithOrWithoutItsHyphen() {
    List<Token> t = tokens("The G7 and the G-7 met on K\u201312 schools, the F35 and COVID19; 12-year-olds got 3 doses.");
    assertThat(t).extracting(Token::text).containsExactly("The", "G7", "and", "the", "G-7", "met", "on", "K\u201312",
        "schools", ",", "the", "F35", "and", "COVID19", ";", "12-year-olds", "got", "3", "doses", ".");
    assertThat(t.get(1).lemma()).isEqualTo("g7").isEqualTo(t.get(4).lemma());
    assertThat(t.get(7).kind()).isEqualTo(TokenKind.WORD);
    assertThat(t.get(7).lemma()).isEqualTo("k12");
    assertThat(t.get(13).lemma()).isEqualTo("covid19");
    assertThat(t.get(17).kind()).isEqualTo(TokenKind.NUMBER);
  }

  @Test
  void anEnDashBetweenTwoNumbersOrWordsStillSeparatesThem() {
    assertThat(texts("In 1990\u20132000 the Lindby\u2013Norvik line ran at 1.5m.")).containsExactly("In", "1990", "\u2013",
        "2000", "the", "Lindby", "\u2013", "Norvik", "line", "ran", "at", "1.5", "m", ".");
  }

  @Test
  void oddSpacesSeparateTokensAndAreNeverTokens() {
    assertThat(texts("The\u200B West\u00A0disagreed\u200F.")).containsExactly("The", "West", "disagreed", ".");
  }

  @Test
  void offsetsPointIntoTheArticle() {
    String text = "“We need legal guarantees,” Putin said.";
    for (Token t : tokens(text)) {
      assertThat(text.substring(t.start() - 100, t.end() - 100)).isEqualTo(t.text());
    }
  }

  @Test
  void normalizedFormFoldsCaseQuotesAndDashes() {
    List<Token> t = tokens("“Nightmare” — said");
    assertThat(t).extracting(Token::norm).containsExactly("\"", "nightmare", "\"", "-", "said");
    assertThat(t).extracting(Token::kind).containsExactly(TokenKind.PUNCTUATION, TokenKind.WORD,
        TokenKind.PUNCTUATION, TokenKind.PUNCTUATION, TokenKind.WORD);
  }

  @Test
  void wordsShareAStemAcrossInflections() {
    List<Token> t = tokens("denies denied denying");
    assertThat(t).extracting(Token::lemma).containsOnly(t.get(0).lemma());
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(tokens("")).isEmpty();
    assertThat(tokens(" \u00A0 ")).isEmpty();
  }
}
