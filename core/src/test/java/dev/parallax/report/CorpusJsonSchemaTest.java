package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.parallax.Parallax;
import dev.parallax.compare.FramingKind;
import dev.parallax.corpus.Corpus;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.EventIds;
import dev.parallax.corpus.OutletProfile;
import dev.parallax.corpus.Proportion;
import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Corpus output validates against docs/schema/parallax-corpus-1 and parallax-corpus-event-1. */
class CorpusJsonSchemaTest {
  private static final Path DIR = Path.of("..", "docs", "schema").toAbsolutePath().normalize();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> lines = new ArrayList<>();
  private static String summary;
  private static String html;

  @BeforeAll
  static void run() {
    List<Article> articles = ArticleReader.withManifest(Path.of("src/test/resources/corpus/MANIFEST.tsv")).readManifestFiles();
    CorpusReport report = Corpus.builder(Parallax.create()).build().run(articles,
        r -> lines.add(CorpusJson.eventLine(r.event(), r.comparison().map(CorpusJson::compactReport), r.error())));
    StringWriter w = new StringWriter();
    CorpusJson.writeSummary(report, w);
    summary = w.toString();
    html = CorpusHtml.render(report, e -> e.size() > 1 ? "events/" + e.id() + ".html" : null);
  }

  private static Set<ValidationMessage> errors(String schemaFile, String json) throws IOException {
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        b -> b.schemaMappers(m -> m.mapPrefix("https://parallax.dev/schema/", DIR.toUri().toString())));
    JsonSchema schema = factory.getSchema(MAPPER.readTree(DIR.resolve(schemaFile).toFile()));
    return schema.validate(MAPPER.readTree(json));
  }

  @Test
  void everyEventLineIsOneValidObject() throws IOException {
    assertThat(lines).hasSize(3);   // the two fires apart, the tram vote
    for (String line : lines) {
      assertThat(line).endsWith("\n").doesNotContain("\n ");
      assertThat(line.strip()).doesNotContain("\n");
      assertThat(errors("parallax-corpus-event-1.schema.json", line)).isEmpty();
    }
  }

  @Test
  void thePartOfAnEventCutInTwoIsAValidEventLine() throws IOException {
    // EventSplitter names the second part of a cut event after it: "e7-2".
    CorpusEvent part = new CorpusEvent("e7-2", "Fire in Lindby", List.of("fire-lindby"), Optional.of(LocalDate.of(2026, 3, 10)),
        Optional.of(LocalDate.of(2026, 3, 10)));
    assertThat(errors("parallax-corpus-event-1.schema.json", CorpusJson.eventLine(part, Optional.empty(), Optional.empty())))
        .isEmpty();
  }

  @Test
  void anEventOfOneArticleHasANullReport() throws IOException {
    JsonNode lone = lines.stream().map(l -> {
      try {
        return MAPPER.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).filter(n -> n.get("articles").size() == 1).findFirst().orElseThrow();
    assertThat(lone.get("report").isNull()).isTrue();
  }

  @Test
  void summaryIsValid() throws IOException {
    assertThat(errors("parallax-corpus-1.schema.json", summary)).isEmpty();
  }

  @Test
  void summarySaysHowManyArticlesEachOutletsProfileCounts() throws IOException {
    // the test corpus: a fire reported by two outlets, the same fire's other-city look-alike alone, a tram vote
    JsonNode root = MAPPER.readTree(summary);
    JsonNode total = root.get("articleUses");
    int sum = 0;
    for (String use : List.of("profiled", "alone", "setApart", "notFirst", "oneOutlet", "notCompared")) {
      sum += total.get(use).asInt();
    }
    assertThat(sum).isEqualTo(total.get("articles").asInt()).isEqualTo(root.get("articles").asInt());
    assertThat(total.get("alone").asInt()).isPositive();
    int profiled = 0;
    for (JsonNode o : root.get("outlets")) {
      profiled += o.get("events").size();
    }
    assertThat(total.get("profiled").asInt()).isEqualTo(profiled);
    // the Gazette's fire in another city is alone in its event: one of its two articles is profiled, and it says why
    JsonNode gazette = null;
    for (JsonNode o : root.get("outletArticles")) {
      gazette = o.get("outlet").asText().equals("Gazette") ? o : gazette;
    }
    assertThat(gazette).isNotNull();
    assertThat(gazette.get("articles").asInt()).isEqualTo(2);
    assertThat(gazette.get("profiled").asInt()).isEqualTo(1);
    assertThat(gazette.get("alone").asInt()).isEqualTo(1);
  }

  @Test
  void aRateOutOfNothingIsNullNotZero() throws IOException {
    // an opinion column beside a report: the two share no passage, so the column has nothing to leave out, and it
    // quotes no one: no rate, rather than "never leaves out" and "never quotes verbatim"
    Proportion none = Proportion.wilson(0, 0, List.of());
    Proportion oneOfOne = Proportion.wilson(1, 1, List.of("e1"));
    Proportion noneOfOne = Proportion.wilson(0, 1, List.of());
    List<OutletProfile.KindRate> framing = new ArrayList<>();
    for (FramingKind k : FramingKind.values()) {
      framing.add(new OutletProfile.KindRate(k, k == FramingKind.LOADED ? oneOfOne : noneOfOne));
    }
    OutletProfile column = new OutletProfile("Lindby Voice", List.of("e1"), none, 0.0, framing, none, none, none, none,
        none, noneOfOne, none);
    CorpusEvent event = new CorpusEvent("e1", "Lindby bridge shut", List.of("report", "column"),
        Optional.of(LocalDate.of(2026, 3, 10)), Optional.of(LocalDate.of(2026, 3, 10)));
    StringWriter w = new StringWriter();
    CorpusJson.writeSummary(new CorpusReport(2, List.of(event), List.of(column), List.of()), w);
    assertThat(errors("parallax-corpus-1.schema.json", w.toString())).isEmpty();
    JsonNode written = MAPPER.readTree(w.toString()).get("outlets").get(0);
    assertThat(written.get("omitsSalient").get("rate").isNull()).isTrue();
    assertThat(written.get("meanOmissionScore").isNull()).isTrue();
    assertThat(written.get("quotes").get("verbatim").get("rate").isNull()).isTrue();
    assertThat(written.get("quotes").get("verbatim").get("low").asDouble()).isZero();
    assertThat(written.get("quotes").get("verbatim").get("high").asDouble()).isEqualTo(1.0);
    // near variant: a rate out of an event it covers is a number, 0 or not
    assertThat(written.get("copies").get("rate").isNumber()).isTrue();
    assertThat(written.get("copies").get("rate").asDouble()).isZero();
    assertThat(written.get("framing").get("loaded").get("rate").asDouble()).isEqualTo(1.0);
  }

  @Test
  void eachRateSaysWhatItCounts() throws IOException {
    // an outlet's figures count events, its quotes or its passages: each says which, beside its count and total
    Proportion twoOfThree = Proportion.wilson(2, 3, List.of("e1", "e2"));
    List<OutletProfile.KindRate> framing = new ArrayList<>();
    for (FramingKind k : FramingKind.values()) {
      framing.add(new OutletProfile.KindRate(k, twoOfThree));
    }
    OutletProfile gazette = new OutletProfile("Lindby Gazette", List.of("e1", "e2", "e3"), twoOfThree, 0.2, framing,
        twoOfThree, twoOfThree, twoOfThree, twoOfThree, twoOfThree, twoOfThree, twoOfThree);
    StringWriter w = new StringWriter();
    CorpusJson.writeSummary(new CorpusReport(6, List.of(), List.of(gazette), List.of()), w);
    assertThat(errors("parallax-corpus-1.schema.json", w.toString())).isEmpty();
    JsonNode written = MAPPER.readTree(w.toString()).get("outlets").get(0);
    assertThat(written.get("omitsSalient").get("of").asText()).isEqualTo("events");
    assertThat(written.get("framing").get("hedge").get("of").asText()).isEqualTo("events");
    assertThat(written.get("quotes").get("altered").get("of").asText()).isEqualTo("quotes");
    assertThat(written.get("exclusivePassages").get("of").asText()).isEqualTo("passages");
    assertThat(written.get("copies").get("of").asText()).isEqualTo("events");
  }

  @Test
  void theArticlesWithoutADateAreListedInTheSummary() throws IOException {
    CorpusEvent fire = new CorpusEvent("e1", "Fire in Lindby", List.of("fire-herald", "fire-courier"),
        Optional.of(LocalDate.of(2026, 3, 10)), Optional.of(LocalDate.of(2026, 3, 10)));
    StringWriter w = new StringWriter();
    CorpusJson.writeSummary(new CorpusReport(2, List.of(fire), List.of(), List.of(), List.of(), List.of("fire-courier")), w);
    assertThat(errors("parallax-corpus-1.schema.json", w.toString())).isEmpty();
    assertThat(MAPPER.readTree(w.toString()).get("undated")).extracting(JsonNode::asText).containsExactly("fire-courier");
    assertThat(MAPPER.readTree(summary).get("undated")).isEmpty();   // the test corpus: every article dated
  }

  @Test
  void summaryRejectsAnUndocumentedField() throws IOException {
    assertThat(errors("parallax-corpus-1.schema.json", summary.replaceFirst("\\{", "{\"surprise\": 1,"))).isNotEmpty();
  }

  @Test
  void summaryNamesEveryFramingKind() throws IOException {
    String text = Files.readString(DIR.resolve("parallax-corpus-1.schema.json"));
    for (FramingKind k : FramingKind.values()) {
      assertThat(text).contains("\"" + JsonNames.of(k) + "\"");
    }
  }

  @Test
  void indexLinksEachComparedEventAndEscapesTitles() {
    String first = EventIds.of("fire-herald");   // the first fire's earliest report: the first event
    assertThat(html).contains("<a href=\"events/" + first + ".html\">" + first + "</a>").contains("Leeds council approves")
        .contains("Wilson interval").doesNotContain("<script");
  }
}
