package dev.parallax.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mark by which a page says what kind of piece an article is: the {@link Genre} it marks, where the page puts it and
 * the words that say it. Only the page's own marks are read, never the article's wording: "an opinion poll" in a
 * sentence, or an address {@code /news/opinion-poll-shows-...}, marks nothing.
 *
 * <p>Immutable and thread-safe.
 *
 * <table>
 *   <caption>What each reading takes</caption>
 *   <tr><th>input</th><th>mark</th></tr>
 *   <tr><td>{@link #ofKicker ofKicker}("Opinion"), ("OPINION"), ("Op-Ed"), ("Letters to the editor")</td>
 *       <td>opinion, {@link Source#KICKER}</td></tr>
 *   <tr><td>{@link #ofKicker ofKicker}("Analysis"), ("News analysis")</td><td>analysis</td></tr>
 *   <tr><td>{@link #ofKicker ofKicker}("Opinion poll shows support falling"), ("World")</td><td>none</td></tr>
 *   <tr><td>{@link #ofTitle ofTitle}("Opinion: The harbour deserves better"), ("Analysis | What the vote means")</td>
 *       <td>opinion, analysis, {@link Source#TITLE}</td></tr>
 *   <tr><td>{@link #ofTitle ofTitle}("Opinion poll shows support falling")</td><td>none</td></tr>
 *   <tr><td>{@link #ofAddress ofAddress}("https://example.com/opinion/2026/03/harbour-plan"),
 *       ("https://example.com/2026/03/18/opinions/harbour/index.html")</td><td>opinion, {@link Source#URL}</td></tr>
 *   <tr><td>{@link #ofAddress ofAddress}("https://example.com/news/opinion-poll-shows-support")</td><td>none (the
 *       section word must be a whole folder of the path)</td></tr>
 *   <tr><td>{@link #ofMetadata ofMetadata}("Opinion"), ("OpinionNewsArticle")</td>
 *       <td>opinion, {@link Source#METADATA}</td></tr>
 * </table>
 *
 * <pre>{@code
 * GenreMark.ofKicker("Opinion");  // Optional[GenreMark[genre=OPINION, source=KICKER, text=Opinion]]
 * article.genre();                // UNMARKED unless the page carries such a mark
 * }</pre>
 *
 * @param genre the genre the page marks, never {@link Genre#UNMARKED}
 * @param source where the page puts the mark
 * @param text the mark's words as the page writes them: the kicker ("Opinion"), the title's label ("Editorial"), the
 *     address's folder ("opinion") or the metadata's value ("Commentary")
 */
public record GenreMark(Genre genre, Source source, String text) {

  /** Where a page puts the mark of its genre. */
  public enum Source {
    /** A label alone on the line over the headline (a kicker): "Opinion", "Analysis", "Editorial". */
    KICKER,
    /** A label opening the headline before a colon, a bar or a dash: "Opinion: ...", "Analysis | ...". */
    TITLE,
    /** A folder of the page's address (its canonical link, {@code og:url}, or a manifest's or feed's url). */
    URL,
    /** The page's metadata: {@code article:section}, {@code og:type}, or a JSON-LD type or {@code articleSection}. */
    METADATA
  }

  /**
   * Validates the fields.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code genre} is {@link Genre#UNMARKED} or {@code text} is blank
   */
  public GenreMark {
    Objects.requireNonNull(genre, "genre");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (genre == Genre.UNMARKED) {
      throw new IllegalArgumentException("genre is UNMARKED: an unmarked article has no mark (Optional.empty())");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("text is blank: a mark is the words that say the genre");
    }
    text = Decoding.withoutLoneSurrogates(text.strip());
  }

  /** Labels of an opinion piece (a kicker's whole line, or a title's opening before a colon). */
  private static final String OPINION_LABELS = "opinions?|editorials?|op-?eds?|commentary|(?:guest\\s+)?columns?"
      + "|letters?(?:\\s+to\\s+the\\s+editor)?|viewpoints?|perspectives?";
  /** Labels of an analysis piece. */
  private static final String ANALYSIS_LABELS = "(?:news\\s+)?analysis";
  /** A line that is nothing but a label, in brackets or not, a colon after it or not: a kicker. */
  private static final Pattern KICKER = Pattern.compile("[\\[(]?((" + OPINION_LABELS + ")|(" + ANALYSIS_LABELS
      + "))[\\])]?\\s*:?", Pattern.CASE_INSENSITIVE);
  /** A headline opening with a label before a colon, a bar or a dash ("Opinion:", "OPINION |", "Editorial -"). */
  private static final Pattern TITLE = Pattern.compile("[\\[(]?((" + OPINION_LABELS + ")|(" + ANALYSIS_LABELS
      + "))[\\])]?\\s*[:|\u2014\u2013-]", Pattern.CASE_INSENSITIVE);
  /** A folder of an address that is an opinion section. */
  private static final List<String> OPINION_FOLDERS = List.of("opinion", "opinions", "commentary", "op-ed", "op-eds",
      "oped", "opeds", "editorial", "editorials", "columns", "columnists", "letters", "letters-to-the-editor");
  /** A folder of an address that is an analysis section. */
  private static final List<String> ANALYSIS_FOLDERS = List.of("analysis", "news-analysis");
  /** An address's scheme and host, taken off before its path is read. */
  private static final Pattern SCHEME_AND_HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*:)?//[^/?#]*",
      Pattern.CASE_INSENSITIVE);
  /** The schema.org types of an opinion and an analysis piece, as a JSON-LD {@code @type} names them. */
  private static final String OPINION_TYPE = "opinionnewsarticle";
  private static final String ANALYSIS_TYPE = "analysisnewsarticle";

  /**
   * The mark of a line that is a genre label alone, as a kicker over a headline is: "Opinion", "OPINION",
   * "Editorial", "Op-Ed", "Commentary", "Column", "Letters", "Viewpoint", "Perspective", "Analysis", "News analysis".
   * A line saying anything more marks nothing.
   *
   * @throws NullPointerException when {@code line} is null
   */
  public static Optional<GenreMark> ofKicker(String line) {
    Matcher m = KICKER.matcher(Objects.requireNonNull(line, "line").strip());
    return m.matches() ? Optional.of(new GenreMark(genreOf(m), Source.KICKER, m.group(1))) : Optional.empty();
  }

  /**
   * The mark of a headline that opens with a genre label before a colon, a bar or a dash: "Opinion: ...", "OPINION |
   * ...", "Editorial - ...", "Analysis: ...". "Opinion poll shows ..." has no label.
   *
   * @throws NullPointerException when {@code title} is null
   */
  public static Optional<GenreMark> ofTitle(String title) {
    Matcher m = TITLE.matcher(Objects.requireNonNull(title, "title").strip());
    return m.lookingAt() ? Optional.of(new GenreMark(genreOf(m), Source.TITLE, m.group(1))) : Optional.empty();
  }

  /**
   * The mark of an address one of whose folders is an opinion or analysis section: {@code /opinion/},
   * {@code /opinions/}, {@code /commentary/}, {@code /op-ed/}, {@code /editorials/}, {@code /columns/},
   * {@code /letters/}, {@code /analysis/}, ... The first such folder decides. The address's last part (the page's own
   * name) is no folder: {@code /news/opinion-poll-shows-support} and {@code /politics/analysis} mark nothing.
   *
   * @throws NullPointerException when {@code address} is null
   */
  public static Optional<GenreMark> ofAddress(String address) {
    String path = SCHEME_AND_HOST.matcher(Objects.requireNonNull(address, "address").strip()).replaceFirst("");
    int end = indexOfAny(path, "?#");
    String[] parts = (end < 0 ? path : path.substring(0, end)).split("/", -1);
    for (int i = 0; i < parts.length - 1; i++) {  // the last part is the page's name, or empty after a slash
      String folder = parts[i].toLowerCase(Locale.ROOT);
      if (OPINION_FOLDERS.contains(folder)) {
        return Optional.of(new GenreMark(Genre.OPINION, Source.URL, parts[i]));
      }
      if (ANALYSIS_FOLDERS.contains(folder)) {
        return Optional.of(new GenreMark(Genre.ANALYSIS, Source.URL, parts[i]));
      }
    }
    return Optional.empty();
  }

  /**
   * The mark of a metadata value that names a genre: a section ({@code article:section} "Opinion", "Commentary",
   * "Analysis", read as a kicker is) or a schema.org type ("OpinionNewsArticle", "AnalysisNewsArticle").
   *
   * @throws NullPointerException when {@code value} is null
   */
  public static Optional<GenreMark> ofMetadata(String value) {
    String v = Objects.requireNonNull(value, "value").strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.equals(OPINION_TYPE)) {
      return Optional.of(new GenreMark(Genre.OPINION, Source.METADATA, v));
    }
    if (lower.equals(ANALYSIS_TYPE)) {
      return Optional.of(new GenreMark(Genre.ANALYSIS, Source.METADATA, v));
    }
    return ofKicker(v).map(k -> new GenreMark(k.genre(), Source.METADATA, k.text()));
  }

  private static Genre genreOf(Matcher m) {
    return m.group(2) != null ? Genre.OPINION : Genre.ANALYSIS;
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
