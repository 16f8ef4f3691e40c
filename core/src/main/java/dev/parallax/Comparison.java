package dev.parallax;

import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableMap;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.FramingCue;
import dev.parallax.compare.Omission;
import dev.parallax.compare.OutletSummary;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.Reuse;
import dev.parallax.compare.WordingDiff;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything Parallax found when comparing several articles about one event.
 *
 * <p>Immutable and thread-safe. Lists keep a documented order so that the same input gives the same
 * result, byte for byte, once written as JSON.
 *
 * @param similarity the name of the sentence similarity used ({@code "lexical"} or a model name)
 * @param articles every article given, analyzed, in the order given
 * @param events the event decision for each article, in the same order (one per article, checked)
 * @param passages the main event's passages, most salient first
 * @param wording the wording differences of each passage, in passage order
 * @param framing framing cues of each main-event article, by article then position
 * @param quotes quotes grouped across outlets, in order of first appearance
 * @param reuse text reused between outlets, largest first
 * @param discrepancies facts stated differently inside one passage, in passage order
 * @param omissions passages an article leaves out, and parts of passages it carries and leaves out ({@link
 *     Omission#isPart()}), by article, most salient first, with those only later articles carry (marked {@link
 *     Omission#reportedLater()}, not counted); {@link #omissionsOf} gives one article's counted ones
 * @param outlets one summary per main-event article, in article order
 */
public record Comparison(
    String similarity,
    List<AnalyzedArticle> articles,
    List<ArticleEvent> events,
    List<Passage> passages,
    List<WordingDiff> wording,
    List<FramingCue> framing,
    List<QuoteGroup> quotes,
    List<Reuse> reuse,
    List<Discrepancy> discrepancies,
    List<Omission> omissions,
    List<OutletSummary> outlets) {

  /** Validates and copies. */
  public Comparison {
    Objects.requireNonNull(similarity, "similarity");
    articles = List.copyOf(articles);
    events = List.copyOf(events);
    passages = List.copyOf(passages);
    wording = List.copyOf(wording);
    framing = List.copyOf(framing);
    quotes = List.copyOf(quotes);
    reuse = List.copyOf(reuse);
    discrepancies = List.copyOf(discrepancies);
    omissions = List.copyOf(omissions);
    outlets = List.copyOf(outlets);
    Preconditions.checkArgument(events.size() == articles.size(),
        "need one event decision per article: %s events for %s articles", events.size(), articles.size());
    for (int i = 0; i < events.size(); i++) {
      Preconditions.checkArgument(events.get(i).article().equals(articles.get(i).id()),
          "event %s is for article %s, expected %s: events follow the articles' order", i, events.get(i).article(),
          articles.get(i).id());
    }
  }

  /**
   * A short description for logs and debuggers: the similarity, the articles' ids (the first ten) and
   * how many findings of each kind there are, not the articles' text and analyses (which may be megabytes). The
   * reports ({@code JsonReport}, {@code TextReport}) show the findings themselves.
   *
   * <pre>{@code
   * Comparison[similarity=lexical, articles=[courier, gazette], main event=2, passages=4, wording=4, framing=1,
   *     quotes=1, reuse=0, discrepancies=0, omissions=2, outlets=2]
   * }</pre>
   */
  @Override
  public String toString() {
    String shown = shownIds();
    long main = events.stream().filter(e -> e.membership() == EventMembership.MAIN).count();
    return "Comparison[similarity=" + similarity + ", articles=[" + shown + "], main event=" + main + ", passages="
        + passages.size() + ", wording=" + wording.size() + ", framing=" + framing.size() + ", quotes=" + quotes.size()
        + ", reuse=" + reuse.size() + ", discrepancies=" + discrepancies.size() + ", omissions=" + omissions.size()
        + ", outlets=" + outlets.size() + "]";
  }

  /** How many article ids {@link #toString()} and the message of an unknown id name. */
  private static final int IDS_SHOWN = 10;

  /** The articles' ids, the first ten, then how many there are in all: {@code "courier, gazette"}. */
  private String shownIds() {
    List<String> ids = articles.stream().map(AnalyzedArticle::id).toList();
    return String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
        + (ids.size() > IDS_SHOWN ? ", ... (" + ids.size() + " in all)" : "");
  }

  /**
   * Refuses an id that is none of the articles': a question about an article the comparison does not hold has no
   * answer, and an empty list (no omissions, no words) would read as one. Checked as Guava's preconditions check an
   * argument, naming the value and what was expected.
   */
  private void checkArticle(String articleId) {
    Objects.requireNonNull(articleId, "articleId");
    if (articles.stream().noneMatch(a -> a.id().equals(articleId))) {
      throw new IllegalArgumentException("articleId '" + articleId + "' is not an article of this comparison,"
          + " whose articles are: " + shownIds() + " (article ids, not outlet names)");
    }
  }

  /**
   * The analyzed article with {@code id}, if there is one: the lookup to ask whether an id is one of the articles
   * ({@link #omissionsOf}, {@link #reportedLaterOf} and {@link #textOf} refuse an id that is not).
   */
  public Optional<AnalyzedArticle> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The passage with {@code id}, if there is one. */
  public Optional<Passage> passage(String id) {
    return passages.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The wording differences of {@code passage}, if computed. */
  public Optional<WordingDiff> wordingOf(Passage passage) {
    return wording.stream().filter(w -> w.passage().equals(passage.id())).findFirst();
  }

  /**
   * What {@code articleId} writes in {@code passage}: its sentences there, in text order, joined by a space, except
   * that a line without closing punctuation (a headline, "Bridge closed after barge strike") is followed by a line
   * break rather than run into the next sentence; empty when that article does not carry the passage.
   *
   * <pre>{@code
   * Passage top = comparison.passages().get(0);
   * String words = comparison.textOf(top, top.articles().get(0));
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code articleId} is not the id of one of {@link #articles()} (an outlet's
   *     name, a typo): no article of the comparison has it, which an empty string would not say
   */
  public String textOf(Passage passage, String articleId) {
    Objects.requireNonNull(passage, "passage");
    checkArticle(articleId);
    PassageMember member = passage.member(articleId);
    Optional<AnalyzedArticle> article = article(articleId);
    if (member == null || article.isEmpty()) {
      return "";
    }
    List<Sentence> sentences = article.get().sentences();
    StringBuilder words = new StringBuilder();
    for (int i : member.sentences()) {
      if (i < 0 || i >= sentences.size()) {
        continue;
      }
      if (!words.isEmpty()) {
        words.append(endsClosed(words) ? ' ' : '\n');
      }
      words.append(sentences.get(i).text());
    }
    return words.toString();
  }

  /** Whether {@code text} ends as a sentence does: a full stop, question or exclamation mark, maybe inside a quote. */
  private static boolean endsClosed(CharSequence text) {
    int i = text.length() - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u201d\u2019)]".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && ".!?:;\u2026".indexOf(text.charAt(i)) >= 0;
  }

  /**
   * Every version of {@code passage}: article id to what that article writes there ({@link #textOf}), in
   * member order. Unmodifiable.
   */
  public Map<String, String> versions(Passage passage) {
    Objects.requireNonNull(passage, "passage");
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (String id : passage.articles()) {
      out.put(id, textOf(passage, id));
    }
    return out.buildKeepingLast();
  }

  /**
   * The omissions that count against one article, most salient first: the passages the others carry that it leaves
   * out, and the parts of passages it carries that two other outlets give and it leaves out ({@link
   * Omission#isPart()}), without those only articles of later days carry (those are {@link #reportedLaterOf}). These
   * are what the reports call "leaves out"; the outlet's omission score counts the whole passages among them, not the
   * parts. Empty when the article leaves nothing out (or is not on the main event: its omissions are not computed).
   *
   * <pre>{@code
   * for (Omission o : comparison.omissionsOf("gazette")) { ... }       // counted: o.counts() is true
   * for (Omission o : comparison.reportedLaterOf("gazette")) { ... }   // listed apart, not counted
   * }</pre>
   *
   * @throws IllegalArgumentException when {@code articleId} is not the id of one of {@link #articles()}: an outlet's
   *     name or a typo would otherwise read as "leaves out nothing" (the message names the articles' ids)
   */
  public List<Omission> omissionsOf(String articleId) {
    checkArticle(articleId);
    return omissions.stream().filter(o -> o.article().equals(articleId) && o.counts()).toList();
  }

  /**
   * The passages one article lacks that only articles published on a later day carry ({@link
   * Omission#reportedLater()}), most salient first: listed, not counted as left out, since the fact may have happened
   * or come out after the article was written. {@link #omissions()} holds both kinds.
   *
   * @throws IllegalArgumentException when {@code articleId} is not the id of one of {@link #articles()}, as
   *     {@link #omissionsOf} does
   */
  public List<Omission> reportedLaterOf(String articleId) {
    checkArticle(articleId);
    return omissions.stream().filter(o -> o.article().equals(articleId) && o.reportedLater()).toList();
  }

  /**
   * Whether two articles or more are on the main event and no passage is carried by two of them (opinion pieces on
   * one subject, or articles nothing joins): every fact of each is then one of the others' omissions.
   */
  public boolean mainArticlesShareNothing() {
    Set<String> main = events.stream().filter(e -> e.membership() == EventMembership.MAIN).map(ArticleEvent::article)
        .collect(Collectors.toSet());
    return main.size() >= 2
        && passages.stream().noneMatch(p -> p.articles().stream().filter(main::contains).count() >= 2);
  }
}
