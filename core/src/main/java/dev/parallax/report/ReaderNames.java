package dev.parallax.report;

import dev.parallax.compare.FramingKind;
import dev.parallax.ingest.GenreMark;
import java.util.Locale;

/**
 * The words a reader sees for a closed set in the HTML page and the text summary: {@code SCARE_QUOTE} becomes
 * "scare quote", where the JSON name ({@link JsonNames}) is "scareQuote". Stateless.
 *
 * <table>
 *   <caption>Cases</caption>
 *   <tr><th>constant</th><th>reader's words</th></tr>
 *   <tr><td>{@code HEDGE}</td><td>hedge</td></tr>
 *   <tr><td>{@code SCARE_QUOTE}</td><td>scare quote</td></tr>
 *   <tr><td>{@code FOREIGN_SCRIPT}</td><td>foreign script</td></tr>
 * </table>
 *
 * <p>A count of framing cues names what it counts with a noun that takes the count's number
 * ({@link #counted}):
 *
 * <table>
 *   <caption>Counted framing cues</caption>
 *   <tr><th>count, kind</th><th>reader's words</th></tr>
 *   <tr><td>1, {@code HEDGE}</td><td>1 hedge</td></tr>
 *   <tr><td>4, {@code HEDGE}</td><td>4 hedges</td></tr>
 *   <tr><td>3, {@code ATTRIBUTION}</td><td>3 attributions</td></tr>
 *   <tr><td>2, {@code LOADED}</td><td>2 loaded words</td></tr>
 *   <tr><td>1, {@code DISTANCING}</td><td>1 distancing word</td></tr>
 *   <tr><td>2, {@code CERTAINTY}</td><td>2 certainty markers</td></tr>
 * </table>
 *
 * <p>A page's mark of its genre says what marks it and where ({@link #genre}):
 *
 * <table>
 *   <caption>Genre marks</caption>
 *   <tr><th>mark</th><th>reader's words</th></tr>
 *   <tr><td>opinion, kicker "Opinion"</td><td>the page marks it as opinion (kicker "Opinion")</td></tr>
 *   <tr><td>opinion, title "Editorial"</td><td>the page marks it as opinion (title label "Editorial")</td></tr>
 *   <tr><td>analysis, url "analysis"</td><td>the page marks it as analysis (address folder /analysis/)</td></tr>
 *   <tr><td>opinion, metadata "Commentary"</td><td>the page marks it as opinion (metadata "Commentary")</td></tr>
 * </table>
 */
final class ReaderNames {
  private ReaderNames() {}

  /** The reader's words for an enum constant: its name in lower case, words apart. */
  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code count} cues of {@code kind} in words, the noun singular for one and plural otherwise: "4 hedges". */
  static String counted(long count, FramingKind kind) {
    String noun = noun(kind);
    return count + " " + (count == 1 ? noun : noun + "s");
  }

  /** One cue of {@code kind} in words: "hedge", "loaded word", "certainty marker". */
  static String noun(FramingKind kind) {
    return switch (kind) {
      case LOADED, DISTANCING -> of(kind) + " word";   // adjectives: "2 loaded" says not what is counted
      case CERTAINTY -> "certainty marker";
      case HEDGE, ATTRIBUTION, SCARE_QUOTE, INTENSIFIER -> of(kind);
    };
  }

  /** A page's mark of its genre in words: "the page marks it as opinion (kicker "Opinion")". */
  static String genre(GenreMark mark) {
    String where = switch (mark.source()) {
      case KICKER -> "kicker \"" + mark.text() + "\"";
      case TITLE -> "title label \"" + mark.text() + "\"";
      case URL -> "address folder /" + mark.text() + "/";
      case METADATA -> "metadata \"" + mark.text() + "\"";
    };
    return "the page marks it as " + of(mark.genre()) + " (" + where + ")";
  }
}
