package dev.parallax.ingest;

import dev.parallax.InvalidInputException;
import dev.parallax.clean.Block;
import dev.parallax.clean.BlockKind;
import dev.parallax.clean.Removal;
import dev.parallax.internal.Names;
import dev.parallax.internal.Utf8Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: who published it, when, its title, its text as given and, once cleaned, the
 * blocks of that text that make up the story.
 *
 * <p>Immutable and thread-safe. All offsets ({@link Block#start()}, {@link Removal#start()}, sentence
 * offsets later on) refer to {@link #text()}, the article's text as ingested: for plain text the file's
 * content less a leading {@code date YYYY-MM-DD} marker's value; for HTML the page's text as extracted, in page
 * order: the story's paragraphs and, as removals, each visible line the extraction dropped that holds four words or
 * more (a menu, a cookie banner, a teaser, a footer).
 *
 * <p>Every string an article holds is valid Unicode, so every report of it can be written as UTF-8: the
 * constructor replaces each lone surrogate (half of a UTF-16 pair) in the id, outlet, title, text, blocks and
 * removals with U+FFFD, one character for one, so offsets stay true.
 *
 * <pre>{@code
 * Article a = Article.of("rt", "RT", LocalDate.of(2021, 12, 2), "Headline", "Body text ...");
 * }</pre>
 *
 * @param id stable identifier, by default the file name without its extension
 * @param outlet the outlet that published it; the id when unknown (a blank outlet is taken as unknown)
 * @param published publication date, when known: a date of the years 1 to 9999 (a date later than today is taken as
 *     given; only its distance from the other articles' dates is read, and a comparison's event reason for an article
 *     dated more than a year after every other one names that date, to be checked)
 * @param title headline, empty when unknown: plain text gives none until a {@code Cleaner} finds its headline, so
 *     read the title a comparison found from {@code comparison.article(id).orElseThrow().article().title()}
 * @param text the text as ingested; offsets refer to it
 * @param body the blocks of {@code text} kept as the story, in order; before cleaning one block with all of it, or
 *     for an HTML page one block per run of the story's paragraphs between the lines its extraction dropped
 * @param removed what cleaning removed and why; before cleaning what reading removed (a date marker, undecodable
 *     bytes, the lines an HTML page's extraction dropped)
 * @param genreMark the page's own mark of what kind of piece it is ("Opinion" over the headline, an {@code /opinion/}
 *     address, an {@code article:section}), when it carries one: read by {@link ArticleReader} (metadata, address) and
 *     by cleaning (a kicker, a title's label), the first found kept; see {@link #genre()}
 */
public record Article(
    String id,
    String outlet,
    Optional<LocalDate> published,
    String title,
    String text,
    List<Block> body,
    List<Removal> removed,
    Optional<GenreMark> genreMark) {

  /**
   * Validates and copies the collections, and replaces lone surrogates in every string with U+FFFD.
   *
   * @throws NullPointerException when any argument, or an element of {@code body} or {@code removed}, is null
   * @throws IllegalArgumentException when a block ends past the text
   * @throws InvalidInputException when {@code id} is blank, or the publication date is not of the years 1 to 9999
   */
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(outlet, UNKNOWN_OUTLET);
    Objects.requireNonNull(published, UNKNOWN_DATE);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    id = Decoding.withoutLoneSurrogates(id);
    outlet = outlet.isBlank() ? id : Decoding.withoutLoneSurrogates(outlet);
    title = Decoding.withoutLoneSurrogates(title);
    text = Decoding.withoutLoneSurrogates(text);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(genreMark, "genreMark");
    body = body.stream().map(Article::withoutLoneSurrogates).toList();
    removed = removed.stream().map(Article::withoutLoneSurrogates).toList();
    if (id.isBlank()) {
      throw new InvalidInputException("article id is blank (\"" + Names.quote(id) + "\"): every article needs an id,"
          + " such as its file name without extension");
    }
    requirePossibleDate(id, published);
    for (Block b : body) {
      if (b.end() > text.length()) {
        throw new IllegalArgumentException("block " + b + " ends past the text (" + text.length() + ")");
      }
    }
  }

  /**
   * An article whose page carries no mark of its genre.
   *
   * @throws NullPointerException when any argument, or an element of {@code body} or {@code removed}, is null
   * @throws IllegalArgumentException when a block ends past the text
   * @throws InvalidInputException when {@code id} is blank, or the publication date is not of the years 1 to 9999
   */
  public Article(String id, String outlet, Optional<LocalDate> published, String title, String text, List<Block> body,
      List<Removal> removed) {
    this(id, outlet, published, title, text, body, removed, Optional.empty());
  }

  /** The message of a null outlet: what to pass instead. */
  private static final String UNKNOWN_OUTLET = "outlet is null: pass \"\" for an unknown outlet (the article is then"
      + " named by its id)";
  /** The message of a null publication date: what to pass instead. */
  private static final String UNKNOWN_DATE = "published is null: pass Optional.empty() for an unknown date";

  /** The first and last years a publication date may have: the four-digit years a report's YYYY-MM-DD writes. */
  private static final int FIRST_YEAR = 1;
  private static final int LAST_YEAR = 9999;

  private static void requirePossibleDate(String id, Optional<LocalDate> published) {
    if (published.isPresent() && (published.get().getYear() < FIRST_YEAR || published.get().getYear() > LAST_YEAR)) {
      throw new InvalidInputException("article " + Names.quote(id) + ": publication date " + published.get()
          + " is not a date of the years " + FIRST_YEAR + " to " + LAST_YEAR);
    }
  }

  private static Block withoutLoneSurrogates(Block b) {
    String clean = Decoding.withoutLoneSurrogates(b.text());
    return clean.equals(b.text()) ? b : new Block(b.start(), b.end(), clean, b.kind());
  }

  private static Removal withoutLoneSurrogates(Removal r) {
    String clean = Decoding.withoutLoneSurrogates(r.text());
    return clean.equals(r.text()) ? r : new Removal(r.start(), r.end(), clean, r.reason());
  }

  /**
   * An uncleaned article whose body is all of {@code text}. The text is held to the limit a file read by
   * {@link ArticleReader} is: at most {@link ArticleReader#DEFAULT_MAX_BYTES} bytes in UTF-8 (a larger article is
   * made with {@code ArticleReader.create().maxBytes(n).fromText(id, text)}).
   *
   * @param published may be {@code null} when unknown
   * @throws NullPointerException when {@code id}, {@code outlet}, {@code title} or {@code text} is null
   * @throws dev.parallax.NotTextException when {@code text} holds the bytes of a file of another format, a PDF or an
   *     image read into a string (see {@link FileFormat})
   * @throws InvalidInputException when {@code id} is blank, {@code published} is not of the years 1 to 9999, or
   *     {@code text} is larger than the limit
   */
  public static Article of(String id, String outlet, LocalDate published, String title, String text) {
    Objects.requireNonNull(id, "id");
    long bytes = Utf8Size.over(Objects.requireNonNull(text, "text"), ArticleReader.DEFAULT_MAX_BYTES);
    if (bytes >= 0) {
      throw new InvalidInputException(String.format(Locale.ROOT,
          "article %s: text of %,d bytes in UTF-8, more than the limit of %,d bytes for one article; a larger article"
              + " is made with ArticleReader.create().maxBytes(limit).fromText(id, text)", Names.quote(id), bytes,
          ArticleReader.DEFAULT_MAX_BYTES));
    }
    Decoding.requireText(FileFormat.of(text), "article " + Names.quote(id));   // a PDF's bytes read into a string
    String clean = Decoding.withoutLoneSurrogates(Objects.requireNonNull(text, "text"));
    List<Block> all = clean.isEmpty() ? List.of() : List.of(new Block(0, clean.length(), clean, BlockKind.STORY));
    return new Article(id, outlet, Optional.ofNullable(published), title, clean, all, Decoding.replacements(clean, 0));
  }

  /** This article with a new body and the removals that produced it (what a {@code Cleaner} returns). */
  public Article withBody(List<Block> newBody, List<Removal> newRemoved) {
    return new Article(id, outlet, published, title, text, newBody, newRemoved, genreMark);
  }

  /**
   * This article with another title (what a {@code Cleaner} sets from the headline it found when the title was empty).
   *
   * @throws NullPointerException when {@code newTitle} is null
   */
  public Article withTitle(String newTitle) {
    return new Article(id, outlet, published, newTitle, text, body, removed, genreMark);
  }

  /**
   * This article with other metadata (for a manifest or API arguments that override what the file said).
   *
   * @throws NullPointerException when an argument is null, saying what to pass for an unknown outlet ("") or date
   *     ({@code Optional.empty()})
   * @throws InvalidInputException when {@code newPublished} is not of the years 1 to 9999
   */
  public Article withMetadata(String newOutlet, Optional<LocalDate> newPublished) {
    return new Article(id, newOutlet, newPublished, title, text, body, removed, genreMark);
  }

  /**
   * This article with the page's mark of its genre (what reading or a {@code Cleaner} sets when it finds one).
   *
   * @throws NullPointerException when {@code newGenreMark} is null
   */
  public Article withGenreMark(Optional<GenreMark> newGenreMark) {
    return new Article(id, outlet, published, title, text, body, removed, newGenreMark);
  }

  /** What kind of piece the page marks the article as: its {@link #genreMark()}'s, else {@link Genre#UNMARKED}. */
  public Genre genre() {
    return genreMark.map(GenreMark::genre).orElse(Genre.UNMARKED);
  }

  /**
   * A short description for logs and debuggers: the id, outlet, date and title, and the size of the text rather than
   * the text itself (which may be megabytes).
   */
  @Override
  public String toString() {
    return "Article[id=" + id + ", outlet=" + outlet + ", published="
        + published.map(LocalDate::toString).orElse("unknown") + ", title=" + title
        + genreMark.map(g -> ", genre=" + g.genre()).orElse("") + ", text=" + text.length() + " chars, body="
        + body.size() + (body.size() == 1 ? " block" : " blocks") + ", removed=" + removed.size() + "]";
  }

  /** The cleaned body as one string: the story blocks joined by blank lines (embedded content left out). */
  public String cleanedText() {
    StringBuilder sb = new StringBuilder();
    for (Block b : body) {
      if (b.kind() == BlockKind.STORY) {
        if (sb.length() > 0) {
          sb.append("\n\n");
        }
        sb.append(b.text());
      }
    }
    return sb.toString();
  }
}
