package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.InvalidInputException;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inputs of {@code parallax corpus}, read when asked for instead of held. */
class OnDemandArticlesTest {
  @Test
  void articleFilesReadOnDemandAreTheArticlesReadAtOnce(@TempDir Path dir) throws Exception {
    Path fire = Files.writeString(dir.resolve("fire.txt"), "date 2026-03-10\nA fire destroyed a warehouse in Bremen.");
    Path tram = Files.writeString(dir.resolve("tram.html"), "<html><body><p>The council voted for the tram.</p></body></html>");
    ArticleReader reader = ArticleReader.create();
    List<Article> onDemand = OnDemandArticles.files(reader, List.of(fire, tram));
    assertThat(onDemand).isEqualTo(reader.readAll(List.of(fire, tram)));
    assertThat(onDemand.get(0)).isEqualTo(onDemand.get(0)).isNotSameAs(onDemand.get(0));
  }

  @Test
  void idsThatNameTheFolderKeepTheOutletsTheManifestGivesEvenWhenTheyAreTheFileNames(@TempDir Path dir)
      throws Exception {
    // A crawl saves each outlet's page under the outlet's name, one folder per day, with a manifest: read with ids
    // that name the folder (as --ids-with-folder does), the outlet of each day's page is still the manifest's, so that
    // both days' pages are one outlet's; a page the manifest gives no outlet takes its id, as it would its file name.
    Path monday = Files.createDirectories(dir.resolve("monday"));
    Path post = Files.writeString(monday.resolve("harbour-post.txt"), "The ferry to Skelby was cancelled.");
    Path other = Files.writeString(monday.resolve("7.txt"), "The ferry to Skelby will not sail today.");
    Path manifest = Files.writeString(monday.resolve("MANIFEST.tsv"), "file\toutlet\nharbour-post.txt\tharbour-post\n"
        + "7.txt\t\n");
    List<Article> read = OnDemandArticles.files(ArticleReader.withManifest(manifest), List.of(post, other),
        p -> "monday/" + ArticleReader.idOf(p));
    assertThat(read).extracting(Article::id).containsExactly("monday/harbour-post", "monday/7");
    assertThat(read).extracting(Article::outlet).containsExactly("harbour-post", "monday/7");
  }

  @Test
  void aFileChangedAfterItWasFirstReadIsRefused(@TempDir Path dir) throws Exception {
    Path fire = Files.writeString(dir.resolve("fire.txt"), "A fire destroyed a warehouse in Bremen.");
    List<Article> onDemand = OnDemandArticles.files(ArticleReader.create(), List.of(fire));
    Files.writeString(fire, "A fire destroyed two warehouses in Bremen.");
    assertThatThrownBy(() -> onDemand.get(0)).isInstanceOf(InvalidInputException.class)
        .hasMessage(fire + ": changed while the corpus was being read (its size or modification time is not what it was"
            + " at the start); run again on files that do not change");
  }

  @Test
  void listsOneAfterTheOtherSkipEmptyOnes() {
    Article a = Article.of("a", "A", null, "", "One.");
    Article b = Article.of("b", "B", null, "", "Two.");
    Article c = Article.of("c", "C", null, "", "Three.");
    List<Article> all = OnDemandArticles.concat(List.of(List.of(), List.of(a, b), List.of(), List.of(c), List.of()));
    assertThat(all).containsExactly(a, b, c);
    assertThat(all.get(2)).isSameAs(c);
    assertThat(OnDemandArticles.concat(List.of(List.of(), List.of()))).isEmpty();
    assertThatThrownBy(() -> all.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
