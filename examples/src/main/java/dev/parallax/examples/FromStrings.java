package dev.parallax.examples;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.Passage;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.Omission;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Articles from strings (text your program already holds), and the results a program reads: each
 * outlet's words for a passage, what an outlet leaves out, facts stated differently.
 *
 * <p>Run from the project root with {@code mvn -B -q -pl examples -am install -DskipTests} then
 * {@code mvn -B -q -pl examples compile exec:java -Dexec.mainClass=dev.parallax.examples.FromStrings}.
 */
public final class FromStrings {
  private FromStrings() {}

  /** Compares three short reports of one (made-up) storm and prints what differs. */
  public static void main(String[] args) {
    ArticleReader reader = ArticleReader.create();
    LocalDate day = LocalDate.of(2024, 3, 5);
    List<Article> articles = List.of(
        reader.fromText("courier", "Storm brings down warehouse roof\n\nThe roof of the Harbour Street warehouse"
                + " collapsed in the storm on Tuesday, and twelve workers were hurt. Firefighters searched the site"
                + " through the night.")
            .withMetadata("The Courier", Optional.of(day)),
        reader.fromText("gazette", "Twelve hurt as warehouse roof falls\n\nTwelve workers were hurt when the roof"
                + " of the Harbour Street warehouse collapsed in Tuesday's storm.")
            .withMetadata("The Gazette", Optional.of(day)),
        reader.fromHtml("herald", "<html><head><title>Warehouse roof collapses</title></head><body><article>"
                + "<p>Fifteen workers were hurt when the roof of the Harbour Street warehouse collapsed in the storm"
                + " on Tuesday.</p></article></body></html>")
            .withMetadata("The Herald", Optional.of(day.plusDays(1))));

    Comparison comparison = Parallax.create().compare(articles);

    Passage top = comparison.passages().get(0);              // the most salient fact
    comparison.versions(top).forEach((id, words) -> System.out.println(id + ": " + words));
    for (Omission omission : comparison.omissionsOf("gazette")) {   // counted; reportedLaterOf: only later ones carry
      Passage left = comparison.passage(omission.passage()).orElseThrow();
      String carrier = omission.coveredBy().get(0);            // an article that reports it
      System.out.println("gazette leaves out " + carrier + "'s \"" + comparison.textOf(left, carrier) + "\"");
    }
    for (Discrepancy discrepancy : comparison.discrepancies()) {
      System.out.println(discrepancy);                       // number in p1: courier "twelve workers" vs ...
    }
  }
}
