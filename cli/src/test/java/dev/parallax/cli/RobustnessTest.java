package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and odd inputs: each gives one clear line on stderr and exit code 1, or a sensible report; never a
 * stack trace, a hang or a half-written output file.
 */
class RobustnessTest {
  /** A real article to compare odd ones with: Business Insider's report of Lavrov's warning. */
  private static final Path COMPANION = CliRun.SEEDS.resolve("002_d2b672eee6184288.txt");

  private static final String ENGLISH = """
      Heavy rain flooded the centre of the town on Tuesday, and the council said that the river had risen \
      faster than at any time in the last forty years. Residents were told to stay at home while the roads \
      were cleared. The mayor said the damage would be counted once the water had gone down.
      """;

  @TempDir
  Path dir;

  @Test
  void emptyFileIsAClearError() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    assertFailsWithOneLine(CliRun.of("compare", empty.toString(), COMPANION.toString()), "empty.txt");
  }

  @Test
  void whitespaceOnlyFileIsAClearError() throws IOException {
    Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n   \r\n\u00a0 \n");
    assertFailsWithOneLine(CliRun.of("compare", blank.toString(), COMPANION.toString()), "blank");
  }

  @Test
  void binaryFileIsAClearError() throws IOException {
    byte[] bytes = new byte[4096];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    Path bin = Files.write(dir.resolve("photo.jpg"), bytes);
    CliRun run = CliRun.of("compare", bin.toString(), COMPANION.toString());
    assertFailsWithOneLine(run, "photo.jpg");
    assertThat(run.errorLine()).contains("binary");
  }

  @Test
  void fiftyMegabyteTextIsRefusedBeforeReadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    String line = "The minister said the talks would continue next week in the capital. ".repeat(20) + "\n";
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
        w.write(line);
      }
    }
    CliRun run = CliRun.of("compare", big.toString(), COMPANION.toString());
    assertFailsWithOneLine(run, "big.txt");
    assertThat(run.errorLine()).contains("limit");
  }

  @Test
  void singleArticleIsAClearError() {
    CliRun run = CliRun.of("compare", COMPANION.toString());
    assertFailsWithOneLine(run, "at least two articles");
  }

  @Test
  void articlesWithNothingInCommonGiveAReport() throws IOException {
    Path flood = Files.writeString(dir.resolve("flood.txt"), ENGLISH);
    Path match = Files.writeString(dir.resolve("match.txt"), """
        The home side won the cup final by two goals to one after a late header from their captain. The \
        visitors had led at half time, but they could not hold on as the pressure grew in the second half. \
        Their coach said he was proud of the players and that they would be back next year.
        """);
    CliRun run = CliRun.of("compare", "--html", dir.resolve("r.html").toString(), flood.toString(), match.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Parallax: ");
    assertThat(Files.readString(dir.resolve("r.html"))).contains("flood", "match");
  }

  /**
   * Thousands of quotes in one long article: quote grouping, framing and salience once compared every
   * quote or sentence with every other, which took minutes on 1 MB; now the report comes in seconds.
   */
  @Test
  void longArticleFullOfQuotesGivesAReport() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      text.append("\u201CThe talks on item ").append(i).append(" went on for hours,\u201D Mr Smith").append(i % 50)
          .append(" said. He added: \u201CWe will see what comes next.\u201D Officials declined to comment on ")
          .append("Thursday.\n\n");
    }
    Path quotes = Files.writeString(dir.resolve("quotes.txt"), text);
    CliRun run = CliRun.of("compare", "--quiet", "--json", dir.resolve("q.json").toString(), quotes.toString(),
        COMPANION.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(dir.resolve("q.json"))).contains("\"id\" : \"quotes\"");
  }

  @Test
  void frenchArticleIsAClearError() throws IOException {
    Path fr = Files.writeString(dir.resolve("lemonde.txt"), """
        Le ministre russe des Affaires étrangères a averti jeudi que l'Europe risquait de revivre le cauchemar \
        d'une confrontation militaire. Selon lui, l'OTAN refuse d'examiner les propositions de Moscou sur la \
        sécurité du continent, et les Occidentaux portent la responsabilité de la montée des tensions autour \
        de l'Ukraine. Les diplomates présents à Stockholm ont écouté ce discours avec une grande inquiétude.
        """);
    CliRun run = CliRun.of("compare", fr.toString(), COMPANION.toString());
    assertFailsWithOneLine(run, "lemonde");
    assertThat(run.errorLine()).contains("English");
  }

  @Test
  void russianArticleIsAClearError() throws IOException {
    Path ru = Files.writeString(dir.resolve("tass.txt"), """
        Министр иностранных дел России Сергей Лавров заявил в четверг, что Европа рискует вернуться к кошмару \
        военного противостояния. По его словам, НАТО отказывается рассматривать предложения Москвы о гарантиях \
        безопасности, а западные страны несут ответственность за рост напряжённости вокруг Украины. Дипломаты \
        в Стокгольме выслушали это выступление с большой тревогой, и многие из них попросили разъяснений.
        """);
    CliRun run = CliRun.of("compare", ru.toString(), COMPANION.toString());
    assertFailsWithOneLine(run, "tass");
  }

  @Test
  void htmlFullOfScriptsIsReadForItsTextOnly() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), """
        <!DOCTYPE html><html><head><title>Lavrov warns of nightmare</title>
        <script>document.cookie='stolen'; fetch('https://tracker.example/p');</script>
        <script src="https://cdn.example/ads.js"></script></head>
        <body onload="alert('load')"><script>document.write('<b>injected</b>')</script>
        <article><h1>Lavrov warns of a return to the nightmare of military confrontation</h1>
        <p>Russian Foreign Minister Sergei Lavrov said on Thursday that Europe risks a return to the nightmare \
        scenario of military confrontation.</p><script>window.evil = 1;</script>
        <p onclick="alert('x')">He told the OSCE meeting in Stockholm that NATO refuses to consider Russia's \
        proposals on security in Europe.</p><noscript><img src="https://tracker.example/pixel.gif"></noscript>
        </article><script>alert('end')</script></body></html>
        """);
    Path html = dir.resolve("r.html");
    Path json = dir.resolve("r.json");
    CliRun run = CliRun.of("compare", "--html", html.toString(), "--json", json.toString(), page.toString(),
        COMPANION.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(json)).contains("NATO refuses to consider Russia")
        .doesNotContain("document.cookie", "window.evil", "tracker.example");
    assertThat(Files.readString(html)).doesNotContain("<script", "<img", "onload=", "onclick=");
  }

  @Test
  void utf8WithByteOrderMarkAndWindows1252AreBothDecoded() throws IOException {
    String story = "Lavrov said on Thursday that NATO \u201crefuses to consider our proposals\u201d \u2014 a "
        + "claim the alliance\u2019s officials denied. " + ENGLISH;
    byte[] utf8 = story.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    Path withBom = Files.write(dir.resolve("bom.txt"), bom);
    Path cp1252 = Files.write(dir.resolve("legacy.txt"), story.getBytes(Charset.forName("windows-1252")));
    Path json = dir.resolve("r.json");
    CliRun run = CliRun.of("compare", "--json", json.toString(), withBom.toString(), cp1252.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String report = Files.readString(json);
    assertThat(report).doesNotContain("\uFEFF").doesNotContain("\uFFFD");
    // Both articles show the quote with its curly quotation marks, decoded the same way.
    assertThat(report.split("\u201crefuses to consider our proposals\u201d", -1)).hasSize(3);
  }

  @Test
  void twoHundredThousandCharacterSentenceGivesAReport() throws IOException {
    StringBuilder sentence = new StringBuilder("The minister said that ");
    while (sentence.length() < 200_000) {
      sentence.append("the talks in the capital would go on and on and ");
    }
    sentence.append("end.");
    Path longOne = Files.writeString(dir.resolve("long.txt"), ENGLISH + "\n" + sentence + "\n");
    Path html = dir.resolve("r.html");
    CliRun run = CliRun.of("compare", "--html", html.toString(), longOne.toString(), COMPANION.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.size(html)).isGreaterThan(200_000);
  }

  @Test
  void oddUnicodeGivesAReportThatCannotSteerTheTerminal() throws IOException {
    Path odd = Files.writeString(dir.resolve("odd.txt"), "Lav\u200Brov said on Thur\u200Dsday that the "
        + "\u200Ftalks\u200E had \u202Edeliberately\u202C stalled, and that \u2066NATO\u2069 was to blame "
        + "\uD83D\uDE80 for the cafe\u0301 row. " + ENGLISH);
    Path html = dir.resolve("r.html");
    CliRun run = CliRun.of("compare", "--text", "--html", html.toString(), odd.toString(), COMPANION.toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("\u202E", "\u2066");
    assertThat(Files.readString(html)).contains("\uD83D\uDE80");
  }

  @Test
  void failedRunLeavesAnExistingReportUntouchedAndNoTemporaryFiles() throws IOException {
    Path json = Files.writeString(dir.resolve("report.json"), "previous report\n");
    Path html = Files.writeString(dir.resolve("report.html"), "previous page\n");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    CliRun run = CliRun.of("compare", "--force", "--json", json.toString(), "--html", html.toString(),
        empty.toString(), COMPANION.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(Files.readString(json)).isEqualTo("previous report\n");
    assertThat(Files.readString(html)).isEqualTo("previous page\n");
    assertThat(names()).containsExactlyInAnyOrder("report.json", "report.html", "empty.txt");
  }

  @Test
  void outputNamedLikeAnInputIsRefused() throws IOException {
    Path copy = Files.copy(COMPANION, dir.resolve("bi.txt"));
    CliRun run = CliRun.of("compare", "--json", copy.toString(), copy.toString(),
        CliRun.SEEDS.resolve("001_17d8a8fe762a2e75.txt").toString());
    assertFailsWithOneLine(run, "input");
    assertThat(Files.readString(copy)).isEqualTo(Files.readString(COMPANION));
  }

  @Test
  void sameInputGivesByteIdenticalReports() throws IOException {
    CliRun first = CliRun.of("compare", "--json", dir.resolve("a.json").toString(), "--html",
        dir.resolve("a.html").toString(), CliRun.SEEDS.toString());
    CliRun second = CliRun.of("compare", "--json", dir.resolve("b.json").toString(), "--html",
        dir.resolve("b.html").toString(), CliRun.SEEDS.toString());
    assertThat(first.code()).isZero();
    assertThat(Files.readAllBytes(dir.resolve("a.json"))).isEqualTo(Files.readAllBytes(dir.resolve("b.json")));
    assertThat(Files.readAllBytes(dir.resolve("a.html"))).isEqualTo(Files.readAllBytes(dir.resolve("b.html")));
    assertThat(first.out()).isEqualTo(second.out());
  }

  private static void assertFailsWithOneLine(CliRun run, String mentions) {
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.errorLine()).startsWith("parallax: ").contains(mentions);
    assertThat(run.out()).isEmpty();
  }

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
