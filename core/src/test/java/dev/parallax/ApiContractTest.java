package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.clean.RemovalReason;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.HtmlReport;
import dev.parallax.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a tool developer who embeds Parallax meets: strings from their own code, bad arguments, the reports. */
class ApiContractTest {
  private static final ArticleReader READER = ArticleReader.create();
  private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
  private static final String COURIER = "Library opens in Lindby\n\nThe new library in Lindby opened on Tuesday, and"
      + " Mayor Jane Doe cut the ribbon. The building cost 4 million crowns. Karl Lind, the architect, thanked the"
      + " builders.";
  private static final String GAZETTE = "Lindby gets a library\n\nMayor Jane Doe opened the new Lindby library on"
      + " Tuesday. The building cost 4 million crowns, the council said.";

  private static Parallax parallax;

  @TempDir
  Path dir;

  @BeforeAll
  static void load() {
    parallax = Parallax.create();
  }

  @Test
  void aBrokenSurrogateInAnOutletTitleOrTextStillGivesReportsThatWriteAsUtf8() throws IOException {
    // Half of an emoji, as a string cut in the wrong place hands it over.
    String half = "\uD83D";
    Article courier = READER.fromText("courier", COURIER).withMetadata("Lindby Courier " + half, Optional.of(DAY));
    Article gazette = Article.of("gazette", "Gazette", DAY, "Library opens " + half, GAZETTE + " " + half);

    assertThat(courier.outlet()).isEqualTo("Lindby Courier \uFFFD");
    assertThat(gazette.title()).isEqualTo("Library opens \uFFFD");
    assertThat(gazette.text()).hasSameSizeAs(GAZETTE + " " + half).endsWith(" \uFFFD");
    assertThat(gazette.removed()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo(RemovalReason.ENCODING));

    Comparison c = parallax.compare(List.of(courier, gazette));
    Files.writeString(dir.resolve("report.json"), JsonReport.toJson(c));
    Files.writeString(dir.resolve("report.html"), HtmlReport.render(c));
    assertThat(Files.readString(dir.resolve("report.json"))).contains("Lindby Courier \uFFFD");
  }

  @Test
  void aStringLargerThanAFileMayBeIsRefusedNamingTheArticle() {
    String tooBig = COURIER + " " + "The council met again. ".repeat(400_000);  // 9.2 MB, more than 8 MiB

    assertThatThrownBy(() -> READER.fromText("courier", tooBig))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("article courier: text of 9,")
        .hasMessageContaining("more than the limit of 8,388,608 bytes");
    assertThatThrownBy(() -> READER.fromHtml("courier", "<p>" + tooBig + "</p>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("article courier: html of 9,");
    assertThat(READER.maxBytes(20_000_000).fromText("courier", tooBig).text()).hasSize(tooBig.length());
  }

  @Test
  void articleOfHoldsATextToTheLimitAFileIsHeldTo() {
    String tooBig = COURIER + " " + "The council met again. ".repeat(400_000);  // 9.2 MB, more than 8 MiB

    assertThatThrownBy(() -> Article.of("courier", "Lindby Courier", DAY, "Library opens", tooBig))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("article courier: text of 9,")
        .hasMessageContaining("more than the limit of 8,388,608 bytes")
        .hasMessageContaining("maxBytes(limit).fromText(id, text)");
    // the near variant: a text of a file's size limit or less is taken, and the reader's own limit may be raised
    String atTheLimit = "a".repeat((int) ArticleReader.DEFAULT_MAX_BYTES);
    assertThat(Article.of("courier", "Lindby Courier", DAY, "Library opens", atTheLimit).text())
        .hasSize(atTheLimit.length());
    assertThat(READER.maxBytes(20_000_000).fromText("courier", tooBig).text()).hasSize(tooBig.length());
  }

  @Test
  void aComparisonAndAnArticlePrintShortlyNotTheirText() {
    String long1 = COURIER + " The council met again.".repeat(2_000);
    String long2 = GAZETTE + " The council met again.".repeat(2_000);
    Comparison c = parallax.compare(List.of(Article.of("courier", "Lindby Courier", DAY, "", long1),
        Article.of("gazette", "Lindby Gazette", DAY, "", long2)));

    assertThat(c.toString()).startsWith("Comparison[similarity=lexical, articles=[courier, gazette], main event=2,")
        .contains("passages=" + c.passages().size(), "omissions=" + c.omissions().size())
        .doesNotContain("council met").hasSizeLessThan(300);
    Article courier = Article.of("courier", "Lindby Courier", DAY, "Library opens", long1);
    assertThat(courier.toString()).isEqualTo("Article[id=courier, outlet=Lindby Courier, published=2024-03-05,"
        + " title=Library opens, text=" + long1.length() + " chars, body=1 block, removed=0]");
  }

  @Test
  void pairsInAnotherLanguageAreRefusedAsAnArticleInItIs() {
    List<TextPair> spanish = List.of(
        new TextPair("1", "El consejo de Lindby aprobó el nuevo puente y la obra empieza en mayo.",
            "Los concejales de Lindby votaron por el puente que se construye desde mayo."),
        new TextPair("2", "La biblioteca de Oskarvik abre sus puertas el martes con una fiesta para los vecinos.",
            "Una fiesta para los vecinos marca la apertura de la biblioteca de Oskarvik."));

    assertThatThrownBy(() -> parallax.scorePairs(spanish))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("the texts of the pairs do not look like English (")
        .hasMessageEndingWith("); Parallax scores English text");
    // the near variant: English pairs full of foreign names, and one pair in another language among English ones
    List<TextPair> english = List.of(
        new TextPair("1", "The council of San Lorenzo del Valle approved the new bridge on Friday.",
            "San Lorenzo del Valle's council voted for the bridge on Friday."),
        new TextPair("2", "The library in Oskarvik opens on Tuesday with a party for the neighbours.",
            "A party for the neighbours marks the opening of the Oskarvik library."),
        new TextPair("3", "The ferry from Brevik to Lindby ran again after the strike ended on Monday.",
            "After the strike ended on Monday, the Brevik ferry to Lindby ran again."),
        spanish.get(0));
    assertThat(parallax.scorePairs(english)).hasSize(4);
  }

  @Test
  void headlinePairsWithFewFunctionWordsAreScoredAsEnglish() {
    // headlines write few "the", "of" or "and": 2 of these 60 words are, where running English has about a third
    List<TextPair> headlines = List.of(
        new TextPair("1", "Lindby Council Approves Harbour Budget", "Harbour budget wins Lindby council vote"),
        new TextPair("2", "Storm knocks out power across Oskarvik", "Oskarvik homes lose power after storm"),
        new TextPair("3", "Brevik ferry strike ends after two weeks", "Two-week Brevik ferry strike over"),
        new TextPair("4", "Police arrest suspect in Ostmark bank robbery", "Ostmark bank robbery suspect arrested"),
        new TextPair("5", "Lindby Rovers sign striker Karl Lind", "Rovers complete Karl Lind signing"),
        new TextPair("6", "Oskarvik mayor Jane Doe resigns", "Jane Doe quits as Oskarvik mayor"));

    List<PairScore> scores = parallax.scorePairs(headlines);
    assertThat(scores).hasSize(6);
    assertThat(scores.get(3).same()).isTrue();   // the same robbery, in other words
    // the near variant: the same kind of table in Spanish headlines is still refused
    List<TextPair> spanish = List.of(
        new TextPair("1", "El consejo de Lindby aprueba el presupuesto del puerto",
            "Los concejales de Lindby votan por el presupuesto"),
        new TextPair("2", "Una tormenta deja sin luz a los vecinos de Oskarvik",
            "Los vecinos de Oskarvik se quedan sin luz por la tormenta"),
        new TextPair("3", "Termina la huelga del ferry de Brevik", "Fin de la huelga del ferry de Brevik"));
    assertThatThrownBy(() -> parallax.scorePairs(spanish))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("the texts of the pairs do not look like English (");
  }

  @Test
  void aCopysEventReasonSaysWhoseSentencesItCounts() {
    String wire = "Library opens in Lindby\n\nThe new library in Lindby opened on Tuesday. Mayor Jane Doe cut the ribbon."
        + " The building cost 4 million crowns. Karl Lind, the architect, thanked the builders.";
    // the reprint drops the wire story's last sentence: 4 sentences to its 5
    String reprint = wire.substring(0, wire.indexOf(" Karl Lind"));
    Comparison c = parallax.compare(List.of(READER.fromText("wire", wire), READER.fromText("reprint", reprint),
        READER.fromText("gazette", GAZETTE)));

    assertThat(c.events().get(1).reason())
        .matches("a copy of wire, decided with it: for wire, \\d+ of its 5 sentences share a fact .*");
  }

  @Test
  void aBlankIdIsRefusedSayingItIsTheId() {
    // an input error, as every other one is: the caller catches InvalidInputException for all of them
    assertThatThrownBy(() -> READER.fromText("", COURIER))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("article id is blank (\"\")");
    assertThatThrownBy(() -> Article.of(" ", "Lindby Courier", null, "", COURIER))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> READER.fromText(null, COURIER)).isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  void aDateNoReportCanWriteIsRefusedWhenItIsGiven() {
    Article courier = READER.fromText("courier", COURIER);

    assertThatThrownBy(() -> courier.withMetadata("Lindby Courier", Optional.of(LocalDate.MAX)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("article courier: publication date +999999999-12-31 is not a date of the years 1 to 9999");
    assertThatThrownBy(() -> Article.of("gazette", "Gazette", LocalDate.of(-40, 1, 1), "", GAZETTE))
        .isInstanceOf(InvalidInputException.class);
    // a date in the future is taken as given
    assertThat(courier.withMetadata("Lindby Courier", Optional.of(LocalDate.of(2099, 1, 1))).published())
        .contains(LocalDate.of(2099, 1, 1));
  }

  @Test
  void aDateYearsAfterTheOthersIsTakenAsGivenAndNamedInTheEventReason() {
    // 2099 typed for 2024: not refused, and it sets no article apart, but it still says which came first
    Comparison c = parallax.compare(List.of(
        READER.fromText("courier", COURIER).withMetadata("Lindby Courier", Optional.of(LocalDate.of(2099, 3, 5))),
        READER.fromText("gazette", GAZETTE).withMetadata("Gazette", Optional.of(DAY))));

    assertThat(c.events().get(0).reason())
        .endsWith("; dated 2099-03-05, 75 years after the latest other article (2024-03-05): the date sets no article"
            + " apart but is taken as given for which came first; check it");
    assertThat(c.events().get(1).reason()).doesNotContain("dated");
  }

  @Test
  void aNullOutletOrDateSaysWhatToPassForAnUnknownOne() {
    Article courier = READER.fromText("courier", COURIER);

    assertThatThrownBy(() -> courier.withMetadata(null, Optional.of(DAY)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("outlet is null: pass \"\" for an unknown outlet (the article is then named by its id)");
    assertThatThrownBy(() -> courier.withMetadata("Lindby Courier", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("published is null: pass Optional.empty() for an unknown date");
  }

  @Test
  void anHtmlPageGivenAsPlainTextIsRefusedSayingToReadItAsHtml() {
    String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Library opens</title>"
        + "<script>var tracker = {id: 'x-19', load: function () { return window.dataLayer || []; }};</script>"
        + "<link rel=\"stylesheet\" href=\"/static/css/site.min.css\"></head><body class=\"page page--article\">"
        + "<div class=\"nav-bar\" data-track=\"menu\"><span class=\"nav-bar__item nav-bar__item--active\">"
        + "<a href=\"/\" data-track=\"menu-home\">Home</a></span><span class=\"nav-bar__item\">"
        + "<a href=\"/news\" data-track=\"menu-news\">News</a></span></div><nav><a href=\"/\">Home</a>"
        + "</nav><article><h1>Library opens</h1><p>Mayor Jane Doe opened the new Lindby library on Tuesday.</p>"
        + "</article><footer><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer></body></html>";
    List<Article> both = List.of(READER.fromText("courier", COURIER), READER.fromText("page", page));

    assertThatThrownBy(() -> parallax.compare(both))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("article page: looks like HTML, not plain text; read it with ArticleReader.fromHtml");
    assertThat(parallax.compare(List.of(READER.fromText("courier", COURIER), READER.fromHtml("page", page)))
        .events()).hasSize(2);
  }

  @Test
  void aSmallEnglishPageOrBodyFieldGivenAsPlainTextIsRefusedSayingToReadItAsHtml() {
    // English enough to pass the language check: its tags would be compared as words
    String page = "<!DOCTYPE html>\n<html>\n<head>\n<title>Lindby gets a library</title>\n</head>\n<body>\n"
        + "<p>Mayor Jane Doe opened the new Lindby library on Tuesday.</p>\n<p>The building cost 4 million crowns, the"
        + " council said.</p>\n</body>\n</html>\n";
    String oneLine = page.replace("<!DOCTYPE html>\n", "").replace("\n", "");
    String bodyField = "<p>Mayor Jane Doe opened the new Lindby library on Tuesday. The building cost 4 million"
        + " crowns, the council said.</p>";
    for (String html : List.of(page, oneLine, bodyField)) {
      assertThatThrownBy(() -> parallax.compare(List.of(READER.fromText("courier", COURIER),
          READER.fromText("page", html))))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage("article page: looks like HTML, not plain text; read it with ArticleReader.fromHtml (or from a"
              + " file ending in .html), which extracts the page's text");
      assertThat(parallax.compare(List.of(READER.fromText("courier", COURIER), READER.fromHtml("page", html)))
          .passages()).isNotEmpty();
    }
    // near variant: plain text with a few angle brackets, none a tag
    String gazette = "Lindby gets a library\n\nMayor Jane Doe <jane.doe@lindby.example> opened the new Lindby library"
        + " on Tuesday. Readers wrote \"we <3 it\" on the wall, and <Karl Lind> signed the guest book. The building"
        + " cost 4 million crowns, more than < 5 million, the council said.";

    assertThat(parallax.compare(List.of(READER.fromText("courier", COURIER), READER.fromText("gazette", gazette)))
        .passages()).isNotEmpty();
  }

  @Test
  void readAllReadsOnlyTheFilesGivenWithTheManifestsMetadata() throws IOException {
    Files.writeString(dir.resolve("courier.txt"), COURIER);
    Files.writeString(dir.resolve("gazette.txt"), GAZETTE);
    Files.writeString(dir.resolve("herald.txt"), COURIER.replace("4 million", "5 million"));
    Files.writeString(dir.resolve("m.tsv"), "file\toutlet\tpublished\ncourier.txt\tLindby Courier\t2024-03-05\n"
        + "gazette.txt\tGazette\t2024-03-05\nherald.txt\tHerald\t2024-03-06\n");

    List<Article> two = ArticleReader.withManifest(dir.resolve("m.tsv"))
        .readAll(List.of(dir.resolve("herald.txt"), dir.resolve("courier.txt")));

    assertThat(two).extracting(Article::outlet).containsExactly("Herald", "Lindby Courier");
  }

  @Test
  void aBlankOutletIsTakenAsUnknownSoTheArticleIsNamedByItsId() {
    Article courier = READER.fromText("courier", COURIER).withMetadata(" ", Optional.of(DAY));

    assertThat(courier.outlet()).isEqualTo("courier");
    assertThat(Article.of("gazette", "", DAY, "", GAZETTE).outlet()).isEqualTo("gazette");
  }
}
