package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cleaning regression corpus: every {@code src/test/resources/cleaning/<case>.txt} is a page pasted as
 * text (or {@code <case>.html}, a page as served), and its {@code <case>.expected} says line by line what a
 * reader keeps and what is chrome.
 *
 * <p>Expectation lines: {@code headline: F}, {@code keep: F} (F is inside one sentence of the outlet's
 * reporting), {@code embedded: F} (inside embedded content), {@code drop: F} or {@code drop REASON: F}
 * (inside a removal, for that {@link RemovalReason}, and in no sentence), {@code absent: F} (not in the
 * article's text at all: page markup the reader left out before cleaning), {@code removals: N} (exactly N
 * removals). {@code #} starts a comment.
 * A page on which cleaning went wrong becomes a new case here.
 */
class CleaningCorpusTest {
  private static EnglishAnalyzer analyzer;

  @BeforeAll
  static void loadModels() {
    analyzer = SeedArticles.analyzer();
  }

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path dir = folder();
    try (Stream<Path> s = Files.list(dir)) {
      List<String> names = s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt") || n.endsWith(".html")).sorted().toList();
      assertThat(names).as("cleaning corpus").hasSizeGreaterThanOrEqualTo(4);
      return names.stream();
    }
  }

  private static Path folder() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(CleaningCorpusTest.class.getResource("/cleaning")).toURI());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void pageIsCleanedAsAReaderWould(String name) throws Exception {
    Path dir = folder();
    Article article = Cleaners.standard().clean(ArticleReader.create().read(dir.resolve(name)));
    String base = name.substring(0, name.lastIndexOf('.'));
    CleaningInvariants.assertPartition(article);
    Article again = Cleaners.standard().clean(article);
    assertThat(again.body()).as("cleaning %s twice", name).isEqualTo(article.body());
    assertThat(again.removed()).as("cleaning %s twice", name).isEqualTo(article.removed());
    AnalyzedArticle analyzed = analyzer.analyze(article);
    SeedArticles.assertOffsetsHold(analyzed);
    List<String> failures = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve(base + ".expected"), StandardCharsets.UTF_8);
    assertThat(lines).as("expectations for %s", name).isNotEmpty();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(": ");
      String kind = line.substring(0, colon);
      String fragment = line.substring(colon + 2);
      String problem = check(analyzed, kind, fragment);
      if (problem != null) {
        failures.add(line + "  <-- " + problem);
      }
    }
    assertThat(failures).as("%s: expectations not met", name).isEmpty();
  }

  private static String check(AnalyzedArticle a, String kind, String fragment) {
    Article article = a.article();
    boolean inRemoval = article.removed().stream().anyMatch(r -> r.text().contains(fragment));
    boolean inReporting = a.sentences().stream().anyMatch(s -> s.isReporting() && s.text().contains(fragment));
    boolean inAnySentence = a.sentences().stream().map(Sentence::text).anyMatch(t -> t.contains(fragment));
    switch (kind) {
      case "removals" -> {
        int n = article.removed().size();
        return n == Integer.parseInt(fragment) ? null : n + " removals: " + article.removed();
      }
      case "headline" -> {
        boolean ok = article.body().stream().anyMatch(b -> b.kind() == BlockKind.HEADLINE && b.text().contains(fragment));
        return ok ? null : "not the headline (title '" + article.title() + "')";
      }
      case "keep" -> {
        if (inRemoval) {
          return "removed as " + reasonOf(article, fragment);
        }
        return inReporting ? null : "not inside one sentence of reporting";
      }
      case "absent" -> {
        return article.text().contains(fragment) ? "in the article's text" : null;
      }
      case "embedded" -> {
        boolean ok = article.body().stream().anyMatch(b -> b.kind() == BlockKind.EMBEDDED && b.text().contains(fragment));
        return ok ? null : "not embedded";
      }
      default -> {
        if (!kind.startsWith("drop")) {
          throw new IllegalArgumentException("unknown expectation '" + kind + "'");
        }
        if (!inRemoval || inAnySentence) {
          return "kept";
        }
        String reason = kind.substring("drop".length()).strip();
        if (!reason.isEmpty() && reasonOf(article, fragment) != RemovalReason.valueOf(reason)) {
          return "removed as " + reasonOf(article, fragment);
        }
        return null;
      }
    }
  }

  private static RemovalReason reasonOf(Article a, String fragment) {
    return a.removed().stream().filter(r -> r.text().contains(fragment)).findFirst().orElseThrow().reason();
  }
}
