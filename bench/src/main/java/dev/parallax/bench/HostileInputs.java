package dev.parallax.bench;

import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the input classes that once blew up a comparison (issue 15), at any size: deeply nested and
 * unclosed HTML blocks, a sentence full of quotes, a very long sentence against its reverse, long articles
 * of unique sentences, and many articles. Deterministic for a given size.
 *
 * <pre>{@code
 * Article page = HostileInputs.nestedBlocks("pre", 1400);
 * }</pre>
 */
public final class HostileInputs {
  private static final String[] WORDS = {
      "minister", "council", "river", "harbour", "budget", "tariff", "villagers", "engineers", "court",
      "ruling", "storm", "bridge", "election", "committee", "report", "vaccine", "shipment", "strike",
      "museum", "festival", "satellite", "reactor", "drought", "harvest", "protest", "treaty", "border",
      "airline", "factory", "railway", "senate", "inquiry", "auditor", "lawsuit", "merger", "pipeline"};
  private static final String[] NAMES = {
      "Amara Okafor", "Lucas Brandt", "Mei Tanaka", "Omar Haddad", "Sofia Rossi", "Jonas Berg",
      "Priya Nair", "Diego Ramos", "Elena Petrova", "Kwame Mensah"};
  private static final String[] PLACES = {"Lisbon", "Nairobi", "Osaka", "Quito", "Tallinn", "Hanoi", "Lyon"};

  private HostileInputs() {}

  /** An HTML page of {@code depth} {@code <tag>} blocks nested in one another, each with a few words. */
  public static String nestedBlocks(String tag, int depth) {
    StringBuilder sb = new StringBuilder("<html><body>");
    for (int i = 0; i < depth; i++) {
      sb.append('<').append(tag).append(">w").append(i).append(' ');
    }
    for (int i = 0; i < depth; i++) {
      sb.append("</").append(tag).append('>');
    }
    return sb.append("</body></html>").toString();
  }

  /**
   * A page whose title is {@code separators} times "a - " and then "a|": a title full of separators that
   * ends in none between spaces, which a backtracking search for the last one takes quadratic time on.
   */
  public static String separatorTitle(int separators) {
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < separators; i++) {
      title.append("a - ");
    }
    return "<html><head><meta property=\"og:title\" content=\"" + title + "a|\"></head><body><p>"
        + sentence(new Random(separators), 0) + "</p></body></html>";
  }

  /** {@code depth} unclosed {@code <ul><li>}, each opening an ordinary paragraph of prose. */
  public static String unclosedLists(int depth) {
    StringBuilder sb = new StringBuilder("<html><body>");
    Random r = new Random(depth);
    for (int i = 0; i < depth; i++) {
      sb.append("<ul><li><p>").append(sentence(r, i)).append("</p>");
    }
    return sb.append("</body></html>").toString();
  }

  /** One sentence holding {@code quotes} short quotations, each attributed to a name. */
  public static String manyQuotes(int quotes) {
    StringBuilder sb = new StringBuilder(NAMES[0]).append(" said");
    for (int i = 0; i < quotes; i++) {
      sb.append(i == 0 ? " " : ", and ").append('\u201C').append(WORDS[i % WORDS.length]).append(' ')
          .append(WORDS[(i * 7 + 3) % WORDS.length]).append(' ').append(i).append('\u201D');
    }
    return sb.append('.').toString();
  }

  /** One sentence of {@code words} words (every other one a common English word), and the same words in reverse order. */
  public static List<String> sentenceAndReverse(int words) {
    List<String> w = new ArrayList<>(words);
    String[] common = {"the", "and", "of", "to", "in", "that", "with", "for"};
    for (int i = 0; i < words; i++) {
      w.add(i % 2 == 0 ? common[(i / 2) % common.length] : WORDS[(i / 2) % WORDS.length] + (i / 2 / WORDS.length));
    }
    String forward = "The " + String.join(" ", w) + " ended.";
    List<String> rev = new ArrayList<>(w);
    java.util.Collections.reverse(rev);
    String backward = "The " + String.join(" ", rev) + " ended.";
    return List.of(forward, backward);
  }

  /** Prose of about {@code chars} characters of unique sentences with names, places and numbers. */
  public static String uniqueSentences(long seed, int chars) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.length() < chars) {
      sb.append(sentence(r, i++)).append(i % 5 == 0 ? "\n\n" : " ");
    }
    return sb.toString();
  }

  /**
   * A whole pasted page: a menu, a story of {@code 2 × cards} paragraphs (so that it outweighs the cards) and
   * {@code cards} teaser cards of other stories below it (a headline, a one-sentence summary and a time each),
   * which the cleaner judges by what they say.
   */
  public static String teaserCards(int cards) {
    Random r = new Random(cards);
    StringBuilder sb = new StringBuilder("Home\nWorld\nPolitics\nBusiness\nSport\nCulture\n\n");
    sb.append("Dockers walk out at the northern port\n\n");
    for (int i = 0; i < 2 * cards; i++) {
      sb.append("The dockers at the northern port walked out on Monday and vowed to stay away for weeks, and their"
          + " union said the port would remain shut until talks resume, spokesperson ")
          .append(Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) (Character.digit(c, 26) + 'a')))
              .collect(java.util.stream.Collectors.joining()))
          .append(" added.\n\n");  // told apart by letters, not figures, which the cards carry
    }
    sb.append("More stories\nShare\nFacebook\nTwitter\nEmail\n\n");
    for (int i = 0; i < cards; i++) {
      sb.append("Story ").append(i).append(" headline\n\n").append(sentence(r, i)).append("\n\n")
          .append(i % 59 + 1).append("M ago\n\n");
    }
    return sb.toString();
  }

  /** An article made by {@link ArticleReader#fromText} from {@code text}. */
  public static Article article(String id, String text) {
    return ArticleReader.create().fromText(id, text);
  }

  private static String sentence(Random r, int i) {
    String name = NAMES[r.nextInt(NAMES.length)];
    String place = PLACES[r.nextInt(PLACES.length)];
    return name + " told the " + WORDS[r.nextInt(WORDS.length)] + " in " + place + " that "
        + (r.nextInt(900) + 10 + i) + " " + WORDS[r.nextInt(WORDS.length)] + " workers had seen the "
        + WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)] + " number " + i + ".";
  }
}
