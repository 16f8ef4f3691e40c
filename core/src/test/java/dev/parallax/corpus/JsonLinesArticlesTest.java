package dev.parallax.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.InvalidInputException;
import dev.parallax.ingest.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a corpus from JSON Lines. */
class JsonLinesArticlesTest {
  @Test
  void readsTextAndHtmlArticles(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, """
        {"id":"a1","outlet":"Herald","published":"2026-03-10T18:00:00Z","title":"Fire in Bremen","text":"A fire destroyed a warehouse."}

        {"id":"a2","outlet":"Courier","published":"2026-03-11","html":"<html><body><p>Firefighters fought a blaze.</p></body></html>"}
        """);
    List<Article> a = JsonLinesArticles.read(f);
    assertThat(a).extracting(Article::id).containsExactly("a1", "a2");
    assertThat(a.get(0).published()).contains(LocalDate.of(2026, 3, 10));
    assertThat(a.get(0).title()).isEqualTo("Fire in Bremen");
    assertThat(a.get(1).outlet()).isEqualTo("Courier");
    assertThat(a.get(1).text()).contains("Firefighters fought a blaze.");
  }

  @Test
  void aBadLineIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("feed.jsonl");
    Files.writeString(f, "{\"id\":\"a1\",\"text\":\"x\"}\n{\"id\":\"a2\"}\n");
    assertThatThrownBy(() -> JsonLinesArticles.read(f)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("feed.jsonl:2").hasMessageContaining("neither \"text\" nor \"html\"");
  }

  @Test
  void aBadDateIsNamed() {
    assertThatThrownBy(() -> JsonLinesArticles.parse("{\"id\":\"a\",\"text\":\"x\",\"published\":\"March\"}", "l:1"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("l:1").hasMessageContaining("not a date");
  }

  @Test
  void notAnObjectIsRefused() {
    assertThatThrownBy(() -> JsonLinesArticles.parse("[1, 2]", "l:3")).isInstanceOf(InvalidInputException.class)
        .hasMessage("l:3: not a JSON object");
  }
}
