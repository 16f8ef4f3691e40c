package dev.parallax.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.align.SameFactFeatures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code SameFactTraining -Dpairs=PREFIX -DpairsOnly=1} on a data set laid out as ECB+ is (a manifest and a
 * {@code gold.json}), made of four invented articles: one sub-topic for train, one for dev.
 */
class SameFactTrainingTest {
  private static final String HARBOUR_POST = "A fire broke out on the ferry Marta Lind at Skelby harbour on Monday."
      + " The mayor of Skelby praised the crew.";
  private static final String LINDBY_COURIER = "Firefighters fought a blaze aboard the ferry Marta Lind in Skelby"
      + " harbour on Monday. Tickets for the summer season go on sale next week.";
  private static final String NORVIK_HERALD = "Floods closed the Alder Street bridge in Norvik on Tuesday."
      + " Schools in the valley stayed open.";
  private static final String VALLEY_GAZETTE = "The Alder Street bridge in Norvik was closed by floods on Tuesday."
      + " A new bakery opened near the station.";

  @Test
  void pairsWritesEveryGoldPairOfTrainAndDevWithItsLabelAndFeatures(@TempDir Path dir) throws Exception {
    Path data = dataSet(dir, MANIFEST_ROWS, subTopic("2a", "dev", "norvik-herald", NORVIK_HERALD, "valley-gazette",
        VALLEY_GAZETTE));
    String prefix = dir.resolve("pairs").toString();
    pairs(data, dir);

    String header = "doc_a\tn_a\tdoc_b\tn_b\ty\tgated\t" + String.join("\t", SameFactFeatures.names());
    List<String> train = Files.readAllLines(Path.of(prefix + "-train.tsv"), StandardCharsets.UTF_8);
    List<String> dev = Files.readAllLines(Path.of(prefix + "-dev.tsv"), StandardCharsets.UTF_8);
    assertThat(train.get(0)).isEqualTo(header);
    assertThat(dev.get(0)).isEqualTo(header);
    // the two fire reports' openings are a link; the mayor's praise and the ticket sale are not
    assertThat(train.subList(1, train.size())).extracting(l -> String.join("\t", Arrays.asList(l.split("\t")).subList(0, 5)))
        .contains("harbour-post\t1\tlindby-courier\t1\t1", "harbour-post\t2\tlindby-courier\t2\t0");
    assertThat(dev.subList(1, dev.size())).extracting(l -> String.join("\t", Arrays.asList(l.split("\t")).subList(0, 5)))
        .contains("norvik-herald\t1\tvalley-gazette\t1\t1").noneMatch(l -> l.startsWith("harbour-post"));
    // every row: the keys, the label, the gate, and one number per feature
    assertThat(train.subList(1, train.size())).allSatisfy(l -> assertThat(l.split("\t"))
        .hasSize(6 + SameFactFeatures.names().size()));
    // -DpairsOnly stops before the levels are chosen and the model is written
    assertThat(dir.resolve("model.tsv")).doesNotExist();
  }

  @Test
  void aGoldDocumentMissingFromTheManifestIsNamed(@TempDir Path dir) throws Exception {
    // the manifest lost the Valley Gazette's row: the run says which document and which files, not a bare exception
    Path data = dataSet(dir, MANIFEST_ROWS.replace("docs/valley-gazette.txt\tValley Gazette\t2024-05-07\n", ""),
        subTopic("2a", "dev", "norvik-herald", NORVIK_HERALD, "valley-gazette", VALLEY_GAZETTE));
    assertThatThrownBy(() -> pairs(data, dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document valley-gazette of " + data.resolve("gold.json") + " is not in "
            + data.resolve("MANIFEST.tsv"));
  }

  @Test
  void aGoldPairNamingADocumentItsSubTopicDoesNotListIsNamed(@TempDir Path dir) throws Exception {
    // the near variant: the dev sub-topic lists the Herald only, yet a gold pair names the Gazette
    String dev = subTopic("2a", "dev", "norvik-herald", NORVIK_HERALD, "valley-gazette", VALLEY_GAZETTE)
        .replace("\"docs\":[\"norvik-herald\",\"valley-gazette\"]", "\"docs\":[\"norvik-herald\"]");
    Path data = dataSet(dir, MANIFEST_ROWS, dev);
    assertThatThrownBy(() -> pairs(data, dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sub-topic 2a: a gold pair names document valley-gazette, which is not among its documents"
            + " [norvik-herald]");
  }

  private static final String MANIFEST_ROWS = "file\toutlet\tpublished\n"
      + "docs/harbour-post.txt\tHarbour Post\t2024-03-04\n"
      + "docs/lindby-courier.txt\tLindby Courier\t2024-03-04\n"
      + "docs/norvik-herald.txt\tNorvik Herald\t2024-05-07\n"
      + "docs/valley-gazette.txt\tValley Gazette\t2024-05-07\n";

  /**
   * The four articles laid out as ECB+ is, with {@code manifest} as its manifest; the fire reports are the train
   * sub-topic, {@code dev} the dev one. Each document's two sentences are curated; the openings are linked, every other
   * pair is a curated non-link.
   */
  private static Path dataSet(Path dir, String manifest, String dev) throws Exception {
    Path data = Files.createDirectories(dir.resolve("ecb"));
    Files.createDirectories(data.resolve("docs"));
    write(data, "harbour-post", HARBOUR_POST);
    write(data, "lindby-courier", LINDBY_COURIER);
    write(data, "norvik-herald", NORVIK_HERALD);
    write(data, "valley-gazette", VALLEY_GAZETTE);
    Files.writeString(data.resolve("MANIFEST.tsv"), manifest, StandardCharsets.UTF_8);
    Files.writeString(data.resolve("gold.json"), "{\"subtopics\":{"
        + subTopic("1a", "train", "harbour-post", HARBOUR_POST, "lindby-courier", LINDBY_COURIER) + "," + dev + "}}",
        StandardCharsets.UTF_8);
    return data;
  }

  /** {@code SameFactTraining -Dpairs=DIR/pairs -DpairsOnly=1} on {@code data}. */
  private static void pairs(Path data, Path dir) throws Exception {
    System.setProperty("pairs", dir.resolve("pairs").toString());
    System.setProperty("pairsOnly", "1");
    try {
      SameFactTraining.main(new String[] {data.toString(), dir.resolve("model.tsv").toString()});
    } finally {
      System.clearProperty("pairs");
      System.clearProperty("pairsOnly");
    }
  }

  private static void write(Path data, String doc, String text) throws Exception {
    Files.writeString(data.resolve("docs/" + doc + ".txt"), text, StandardCharsets.UTF_8);
  }

  /** A sub-topic of two documents of two sentences each (split at the first ". "), their openings linked. */
  private static String subTopic(String id, String split, String a, String textA, String b, String textB) {
    return "\"" + id + "\":{\"split\":\"" + split + "\",\"docs\":[\"" + a + "\",\"" + b + "\"],\"sentences\":{"
        + sentences(a, textA) + "," + sentences(b, textB) + "},\"pairs\":[{\"a\":\"" + a + "\",\"b\":\"" + b
        + "\",\"links\":[[1,1]]}]}";
  }

  private static String sentences(String doc, String text) {
    int cut = text.indexOf(". ") + 1;
    return "\"" + doc + "\":[{\"n\":1,\"span\":[0," + cut + "],\"curated\":true},{\"n\":2,\"span\":[" + (cut + 1) + ","
        + text.length() + "],\"curated\":true}]";
  }
}
