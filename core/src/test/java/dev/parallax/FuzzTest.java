package dev.parallax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import dev.parallax.report.HtmlReport;
import dev.parallax.report.JsonReport;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile HTML (deep and unclosed nesting, entities, lone surrogates, bidirectional controls,
 * markup in text) and text (long lines, many quotes, repeated sentences), compared with a seed article:
 * every case ends with a comparison or a one-line {@link ParallaxException}, with work linear in its input
 * (the bytes it allocates, {@link Allocation}, not a clock: the same cases pass or fail on an idle machine and
 * a busy one), and its reports are valid UTF-8 with the markup escaped. Fixed seed, every case run.
 */
class FuzzTest {
  private static final long SEED = 15;
  private static final int CASES = 40;
  /** The bytes a case may allocate per character of its input and the seed's: 6 times the most measured. */
  private static final long BYTES_PER_CHAR = 5_000;
  private static final String[] BLOCKS = {"p", "li", "ul", "div", "blockquote", "pre", "td", "table", "h2", "article", "a", "span"};
  private static final String[] PIECES = {"&amp;", "&#xD800;", "&#x202E;", "&lt;script&gt;", "\u2066", "\u202E", "\uD83D\uDE00",
      "&nbsp;", "&#0;", "\u201C", "\u201D", "\"", "<br>", "<script>alert(1)</script>", "\uFFFD", "\t", "\r\n"};
  private static final String[] WORDS = {"the", "minister", "said", "that", "talks", "in", "Stockholm", "would", "go",
      "on", "and", "NATO", "troops", "border", "94,000", "Thursday", "of", "a", "Russia", "warned"};

  @Test
  void generatedPagesAndTextsNeverBlowUp() {
    Parallax parallax = Parallax.builder().parallel(false).build(); // on this thread, where Allocation counts
    Article seed = ArticleReader.withManifest(Path.of("../examples/data/lavrov-nightmare/MANIFEST.tsv"))
        .readManifestFiles().get(0);
    Random r = new Random(SEED);
    int compared = 0;
    int refused = 0;
    for (int i = 0; i < CASES; i++) {
      boolean html = i % 2 == 0;
      String input = html ? page(r) : text(r);
      String id = "case" + i;
      Allocation.Measured<Object> run = Allocation.of(() -> {
        try {
          Article a = html ? ArticleReader.create().fromHtml(id, input) : ArticleReader.create().fromText(id, input);
          return parallax.compare(List.of(a, seed));
        } catch (ParallaxException e) {
          return e;
        }
      });
      // the work stays linear in what was read: about 850 bytes a character once the code is compiled (1,750 for
      // the first case, run cold), where a pass per level of nesting or per line would take thousands more
      assertThat(run.bytes()).as("bytes allocated comparing case %s", id)
          .isLessThan(BYTES_PER_CHAR * (input.length() + seed.text().length()));
      Object outcome = run.result();
      if (outcome instanceof ParallaxException e) {
        assertThat(e.getMessage()).as("case %s", id).doesNotContain("\n");
        refused++;
        continue;
      }
      Comparison c = (Comparison) outcome;
      String json = JsonReport.toJson(c);
      String page = HtmlReport.render(c);
      assertThat(encodable(json)).as("JSON of case %s is valid UTF-8", id).isTrue();
      assertThat(encodable(page)).as("HTML of case %s is valid UTF-8", id).isTrue();
      assertThat(page).as("case %s", id).doesNotContain("<script>alert");
      compared++;
    }
    assertThat(compared + refused).isPositive();
    assertThat(compared).isPositive();
  }

  private static boolean encodable(String s) {
    try {
      StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(s));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** A page of random blocks, nested up to a few hundred deep, many left unclosed, with entities and controls. */
  private static String page(Random r) {
    StringBuilder sb = new StringBuilder("<html><head><title>").append(sentence(r)).append("</title></head><body>");
    int depth = r.nextInt(400);
    for (int k = 0; k < depth; k++) {
      String tag = BLOCKS[r.nextInt(BLOCKS.length)];
      sb.append('<').append(tag).append('>');
      if (r.nextInt(3) == 0) {
        sb.append(sentence(r));
      }
      if (r.nextInt(4) == 0) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      if (r.nextInt(3) == 0) {
        sb.append("</").append(tag).append('>');
      }
    }
    for (int k = 0; k < 5 + r.nextInt(20); k++) {
      sb.append("<p>").append(sentence(r)).append("</p>");
    }
    return sb.append("</body></html>").toString();
  }

  /** Text with long lines, many quotes, repeated sentences and stray controls. */
  private static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    String repeated = sentence(r);
    int lines = 1 + r.nextInt(30);
    for (int l = 0; l < lines; l++) {
      int sentences = r.nextInt(10) == 0 ? 200 + r.nextInt(300) : 1 + r.nextInt(5);
      for (int s = 0; s < sentences; s++) {
        switch (r.nextInt(6)) {
          case 0 -> sb.append(repeated);
          case 1 -> sb.append("Jane Doe said \u201C").append(sentence(r)).append("\u201D");
          case 2 -> sb.append(PIECES[r.nextInt(PIECES.length)]).append(sentence(r));
          default -> sb.append(sentence(r));
        }
        sb.append(' ');
      }
      sb.append(r.nextBoolean() ? "\n\n" : "\n");
    }
    return sb.toString();
  }

  private static String sentence(Random r) {
    StringBuilder sb = new StringBuilder("The");
    int n = 6 + r.nextInt(20);
    for (int k = 0; k < n; k++) {
      sb.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.append('.').toString();
  }
}
