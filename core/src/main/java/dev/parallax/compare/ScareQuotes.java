package dev.parallax.compare;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Quote;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.analyze.Token;
import dev.parallax.internal.QuotedTerms;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scare quotes around a term, which {@link QuoteMatcher} does not take for anyone's statement: the story's name for a
 * thing in quotation marks ("the town's “night parking” ban"). Stateless.
 */
final class ScareQuotes {
  private ScareQuotes() {}

  /**
   * Whether quote {@code q} of article {@code a} (its {@code words}) names a thing rather than quotes anyone: at most
   * {@value QuotedTerms#MAX_WORDS} words inside the outlet's sentence that the article gives to no one, which the text
   * says are a term ("the so-called “harbor fairness doctrine”", {@link QuotedTerms#namesATerm}), or which the sentence
   * uses as a noun of its own and which an outlet, this one or another, writes elsewhere without quotation marks: the
   * story's name for a thing ("the town's “night parking” ban" beside "Lindby's Night Parking Ban"; "banned “harbor
   * fairness doctrine” from classrooms" beside "lessons that use the harbor fairness doctrine"). Used as a noun: the
   * sentence goes on after the closing mark (or a headline ends there), no verb of saying comes before the opening
   * mark, and no "as", form of "be" or "called" in its clause. Such scare quotes are the outlet's distance from a term,
   * like a quoted word ("an “invasion”"): no one's statement, and no version of a statement that holds the same words.
   * Words that characterise ("was a “hostile work environment” for staff", "called it a “failed experiment,”"), that
   * end a sentence ("asked if he backed the “harbor plan.”") or that the article gives to a speaker stay quotes.
   */
  static boolean term(Inputs in, List<Map<String, List<Integer>>> sentenceWords,
      List<QuoteMatcher.ContentWords> contentWords, AnalyzedArticle a, Quote q, List<String> words) {
    if (q.speaker().isPresent() || q.citedSource().isPresent() || !q.partial()
        || words.size() > QuotedTerms.MAX_WORDS) {
      return false;
    }
    String text = a.article().text();
    if (QuotedTerms.namesATerm(text, q.start(), q.end())) {
      return true;
    }
    Sentence s = a.sentences().get(q.sentence());
    if (!usedAsNoun(s, q) || reportedOrCharacterised(s, q)) {
      return false;
    }
    String first = QuoteMatcher.wordKey(QuoteMatcher.tokensIn(a, q).get(0));
    for (int o = 0; o < in.main().size(); o++) {
      AnalyzedArticle b = in.main().get(o);
      for (int si : sentenceWords.get(o).getOrDefault(first, List.of())) {
        if (writesUnmarked(b, contentWords.get(o), si, words)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Words that, before quoted words, characterise something by them or ask: "as", "was", "called it", "asked if". As
   * written, so that a noun ("a call for") is none.
   */
  private static final Set<String> CHARACTERISING = Set.of("as", "is", "was", "are", "were", "be", "been", "being",
      "am", "become", "becomes", "became", "remain", "remains", "remained", "seem", "seems", "seemed", "call", "calls",
      "called", "calling", "termed", "describe", "describes", "described", "describing", "deem", "deems", "deemed",
      "branded", "labeled", "labelled", "considered", "ask", "asks", "asked", "asking");

  /** Verbs of saying that are no noun as written ("says", "told"; not "the state", "a report"). */
  private static final Set<String> SAYING_FORMS = Set.of("say", "says", "said", "tell", "tells", "told", "write",
      "writes", "wrote");

  /** Whether a token is a verb of saying as written: "say", "tell" or "write" in any form, another in -ed or -ing. */
  private static boolean sayingVerb(Token t) {
    String w = t.norm();
    return SAYING_FORMS.contains(w) || (w.endsWith("ed") || w.endsWith("ing")) && QuoteMatcher.STATEMENT_STEMS.contains(t.lemma());
  }

  /**
   * Whether quote {@code q} stands inside sentence {@code s} as a part of it, not at its end: the quoted words end
   * without a full stop, question mark, colon or semicolon, and a word follows the closing mark ("the “night parking”
   * ban", "banned “harbor fairness doctrine” from"), or the sentence is a headline that ends there.
   */
  private static boolean usedAsNoun(Sentence s, Quote q) {
    String inner = q.text().strip();
    if (inner.isEmpty() || ".!?:;".indexOf(inner.charAt(inner.length() - 1)) >= 0) {
      return false;
    }
    List<Token> tokens = s.tokens();
    int k = afterClosingMark(s, q);
    if (k < tokens.size() && tokens.get(k).text().equals(",")) {
      k++; // "the “night parking”, which": the comma after the mark, by British house style
    }
    return k < tokens.size() ? tokens.get(k).isContent() : s.role() == SentenceRole.HEADLINE;
  }

  /**
   * Whether a verb of saying stands before the quote's opening mark in its sentence, or a word that characterises by
   * what follows ("as", a form of "be", "called", "asked") in its clause (back to a comma, colon, dash or the
   * sentence's start): "said the island would not “bow to pressure”", "which he called a “failed experiment”", "was a
   * “hostile work environment”".
   */
  private static boolean reportedOrCharacterised(Sentence s, Quote q) {
    List<Token> tokens = s.tokens();
    int k = beforeOpeningMark(s, q);
    boolean clause = true;
    for (; k >= 0; k--) {
      Token t = tokens.get(k);
      clause &= t.isContent();
      if (sayingVerb(t) || clause && CHARACTERISING.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }


  /** The index in {@code s}'s tokens of the last token before quote {@code q}'s opening mark; -1 when none. */
  static int beforeOpeningMark(Sentence s, Quote q) {
    List<Token> tokens = s.tokens();
    int k = tokens.size() - 1;
    while (k >= 0 && tokens.get(k).start() >= q.start()) {
      k--;
    }
    if (k >= 0 && QuoteMatcher.isQuotationMark(tokens.get(k))) {
      k--; // the opening mark
    }
    return k;
  }

  /**
   * The index in {@code s}'s tokens of the first token after quote {@code q}'s closing mark (the closing mark only, not
   * a next quote's opening one); the number of tokens when none.
   */
  static int afterClosingMark(Sentence s, Quote q) {
    List<Token> tokens = s.tokens();
    int k = 0;
    while (k < tokens.size() && tokens.get(k).start() < q.end()) {
      k++;
    }
    if (k < tokens.size() && QuoteMatcher.isQuotationMark(tokens.get(k))) {
      k++; // the closing mark
    }
    return k;
  }

  /**
   * Whether sentence {@code si} of article {@code b} prints {@code words} in a row outside quotation marks: not inside
   * one of the article's quotes, nor right between marks that the quote finder does not read as a quote ("Repudiate
   * 'Harbor Doctrine' in", a headline's straight single marks).
   */
  private static boolean writesUnmarked(AnalyzedArticle b, QuoteMatcher.ContentWords cache, int si, List<String> words) {
    List<String> sentence = cache.words(si);
    List<Token> tokens = cache.tokens(si);
    String text = b.article().text();
    for (int at = indexOf(sentence, words, 0); at >= 0; at = indexOf(sentence, words, at + 1)) {
      Token first = tokens.get(at);
      Token last = tokens.get(at + words.size() - 1);
      boolean marked = first.start() > 0 && QuoteMatcher.QUOTATION_MARKS.indexOf(text.charAt(first.start() - 1)) >= 0
          || last.end() < text.length() && QuoteMatcher.QUOTATION_MARKS.indexOf(text.charAt(last.end())) >= 0;
      if (!marked && !quoted(b, first) && !quoted(b, last)) {
        return true;
      }
    }
    return false;
  }

  /** Where {@code words} stand in a row in {@code sentence} from {@code from} on, or -1. */
  private static int indexOf(List<String> sentence, List<String> words, int from) {
    if (from >= sentence.size()) {
      return -1;
    }
    int at = Collections.indexOfSubList(sentence.subList(from, sentence.size()), words);
    return at < 0 ? -1 : from + at;
  }

  /** Whether token {@code t} of article {@code a} stands inside one of its quotes. */
  private static boolean quoted(AnalyzedArticle a, Token t) {
    for (Quote q : a.quotes()) {
      if (t.start() >= q.start() && t.start() < q.end()) {
        return true;
      }
    }
    return false;
  }
}
