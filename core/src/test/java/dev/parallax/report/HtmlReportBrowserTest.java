package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.EventMembership;
import dev.parallax.align.Passage;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the seed report in a real headless Chromium: every outlet's column and every passage row must be
 * in the rendered DOM, and a screenshot is taken ({@code core/target/browser/report.png}).
 *
 * <p>Runs when {@code /usr/bin/chromium} exists (Debian: {@code apt-get install chromium}); skips otherwise,
 * unless the environment variable {@code PARALLAX_REQUIRE_BROWSER=1} is set (as {@code .ci/run} does), in
 * which case a missing browser fails the build.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SEEDS = Path.of("..", "examples", "data", "lavrov-nightmare", "MANIFEST.tsv");
  /** Only guards against a browser that never exits; the test asserts nothing about time. */
  private static final long BROWSER_GUARD_SECONDS = 300;

  @TempDir
  Path tmp;

  @Test
  void everyOutletColumnAndPassageRowRendersInChromium() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("1".equals(System.getenv("PARALLAX_REQUIRE_BROWSER"))) {
        fail(CHROMIUM + " is missing but PARALLAX_REQUIRE_BROWSER=1; install it with apt-get install chromium");
      }
      Assumptions.abort(CHROMIUM + " is not installed");
    }
    Comparison seeds = Parallax.create().compare(ArticleReader.withManifest(SEEDS).readManifestFiles());
    Path page = Files.writeString(tmp.resolve("report.html"), HtmlReport.render(seeds), StandardCharsets.UTF_8);

    Document dom = Jsoup.parse(chromium("--dump-dom", page.toUri().toString()));

    List<String> mainIds = seeds.events().stream().filter(e -> e.membership() == EventMembership.MAIN)
        .map(ArticleEvent::article).toList();
    assertThat(dom.select("table.side thead th.outlet").eachAttr("data-article")).isEqualTo(mainIds);
    assertThat(dom.select("tr.passage").eachAttr("data-passage"))
        .isEqualTo(seeds.passages().stream().map(Passage::id).toList());
    for (Element row : dom.select("tr.passage")) {
      assertThat(row.select("> td").eachAttr("data-article")).as(row.id()).isEqualTo(mainIds);
    }
    assertThat(dom.select("#outlets tr[data-outlet]")).hasSize(seeds.outlets().size());
    assertThat(dom.select("script")).isEmpty();

    Path png = Path.of("target", "browser", "report.png").toAbsolutePath();
    Files.createDirectories(png.getParent());
    Files.deleteIfExists(png);
    chromium("--screenshot=" + png, "--window-size=1400,2000", "--hide-scrollbars", page.toUri().toString());
    byte[] image = Files.readAllBytes(png);
    assertThat(image.length).isGreaterThan(10_000);
    assertThat(new String(image, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void thePageFitsALaptopAndAPhoneWidthWindow() throws Exception {
    requireChromium();
    Comparison seeds = Parallax.create().compare(ArticleReader.withManifest(SEEDS).readManifestFiles());
    // The report has no script; this copy gets one that lists what runs past the window's right edge.
    String probe = "<script>(function(){var w=innerWidth,bad=[];document.querySelectorAll('body *').forEach(function(e){"
        + "var r=e.getBoundingClientRect();if(r.width>0&&r.right>w+1)bad.push(e.tagName+'.'+e.className+'#'+e.id);});"
        + "document.body.setAttribute('data-too-wide',bad.slice(0,8).join(' '));"
        + "document.body.setAttribute('data-height',document.documentElement.scrollHeight);})();</script></body>";
    Path page = Files.writeString(tmp.resolve("probe.html"),
        HtmlReport.render(seeds).replace("</body>", probe), StandardCharsets.UTF_8);
    for (int width : new int[] {1400, 800}) {
      Document dom = Jsoup.parse(chromium("--dump-dom", "--window-size=" + width + ",1000", page.toUri().toString()));
      assertThat(dom.body().attr("data-too-wide")).as("elements past the right edge at %d px", width).isEmpty();
      if (width == 1400) {
        // The omissions that matter are shown, the rest folded: the whole page stays a few screens tall.
        assertThat(Integer.parseInt(dom.body().attr("data-height"))).as("page height at 1400 px").isLessThan(16_000);
      }
    }
  }

  private static void requireChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("1".equals(System.getenv("PARALLAX_REQUIRE_BROWSER"))) {
        fail(CHROMIUM + " is missing but PARALLAX_REQUIRE_BROWSER=1; install it with apt-get install chromium");
      }
      Assumptions.abort(CHROMIUM + " is not installed");
    }
  }

  /** Runs headless Chromium with a fresh profile and no network chatter; returns what it printed. */
  private String chromium(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("chromium.out");
    Path err = tmp.resolve("chromium.err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(BROWSER_GUARD_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not exit; stderr:\n" + Files.readString(err));
    }
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
