package dev.parallax.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Comparison;
import dev.parallax.ParallaxException;
import dev.parallax.corpus.ArticleUse;
import dev.parallax.corpus.CorpusEvent;
import dev.parallax.corpus.CorpusReport;
import dev.parallax.corpus.OutletArticles;
import dev.parallax.corpus.OutletProfile;
import dev.parallax.corpus.Proportion;
import dev.parallax.corpus.Skipped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes corpus mode's JSON: one line of {@code events.jsonl} per event (its articles and its
 * {@code parallax-report/1}), and the corpus summary with the outlet profiles ({@code outlets.json},
 * schema {@code parallax-corpus/1}). Field reference: {@code docs/json.md}.
 *
 * <p>Stateless and thread-safe; output is deterministic (same input, same bytes).
 *
 * <pre>{@code
 * out.write(CorpusJson.eventLine(result.event(), result.comparison().map(JsonReport::toJson)));
 * CorpusJson.writeSummary(report, writer);
 * }</pre>
 */
public final class CorpusJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  private CorpusJson() {}

  /** The report of {@code comparison} on one line, for {@link #eventLine}. */
  public static String compactReport(Comparison comparison) {
    Objects.requireNonNull(comparison, "comparison");
    return compact(JsonReport.toJson(comparison));
  }

  /** {@code json} (one JSON value, pretty or not) on one line. */
  public static String compact(String json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode node = MAPPER.readTree(json);
      return MAPPER.writeValueAsString(node);
    } catch (IOException e) {
      throw new ParallaxException("not a JSON value: " + e.getMessage(), e);
    }
  }

  /**
   * One line of {@code events.jsonl}, ending with a newline.
   *
   * @param report the event's {@code parallax-report/1} on one line (see {@link #compactReport}); empty for an
   *     event of one article or one whose comparison failed ({@code "report": null})
   * @param error why the comparison failed, empty when it did not
   */
  public static String eventLine(CorpusEvent event, Optional<String> report, Optional<String> error) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(error, "error");
    StringWriter w = new StringWriter();
    try {
      JsonGenerator g = FACTORY.createGenerator(w);
      g.writeStartObject();
      g.writeStringField("event", event.id());
      g.writeStringField("title", event.title());
      date(g, "first", event.first());
      date(g, "last", event.last());
      g.writeArrayFieldStart("articles");
      for (String a : event.articles()) {
        g.writeString(a);
      }
      g.writeEndArray();
      if (error.isPresent()) {
        g.writeStringField("error", error.get());
      }
      g.writeFieldName("report");
      if (report.isPresent()) {
        g.writeRawValue(report.get());
      } else {
        g.writeNull();
      }
      g.writeEndObject();
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  /** Writes {@code outlets.json}: the corpus summary and the outlet profiles (not closed). */
  public static void writeSummary(CorpusReport report, Writer out) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try {
      JsonGenerator g = JsonReport.prettyGenerator(out);
      g.writeStartObject();
      g.writeStringField("schema", CorpusReport.SCHEMA);
      g.writeNumberField("articles", report.articles());
      g.writeNumberField("events", report.events().size());
      g.writeNumberField("compared", report.comparedEvents());
      g.writeStringField("interval", "wilson-95");
      g.writeFieldName("articleUses");
      articleCounts(g, report.articleTotals(), false);
      g.writeArrayFieldStart("skipped");
      for (Skipped s : report.skipped()) {
        g.writeStartObject();
        g.writeStringField("article", s.article());
        g.writeStringField("reason", s.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      JsonReport.strings(g, "undated", report.undated());
      g.writeArrayFieldStart("outlets");
      for (OutletProfile p : report.outlets()) {
        writeProfile(g, p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("outletArticles");
      for (OutletArticles a : report.outletArticles()) {
        articleCounts(g, a, true);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many articles the profiles count and why the others are not counted; with the outlet's name when named. */
  private static void articleCounts(JsonGenerator g, OutletArticles a, boolean named) throws IOException {
    g.writeStartObject();
    if (named) {
      g.writeStringField("outlet", a.outlet());
    }
    g.writeNumberField("articles", a.articles());
    g.writeNumberField(JsonNames.of(ArticleUse.PROFILED), a.profiled());
    g.writeNumberField(JsonNames.of(ArticleUse.ALONE), a.alone());
    g.writeNumberField(JsonNames.of(ArticleUse.SET_APART), a.setApart());
    g.writeNumberField(JsonNames.of(ArticleUse.NOT_FIRST), a.notFirst());
    g.writeNumberField(JsonNames.of(ArticleUse.ONE_OUTLET), a.oneOutlet());
    g.writeNumberField(JsonNames.of(ArticleUse.NOT_COMPARED), a.notCompared());
    g.writeEndObject();
  }

  private static void writeProfile(JsonGenerator g, OutletProfile p) throws IOException {
    g.writeStartObject();
    g.writeStringField("outlet", p.outlet());
    JsonReport.strings(g, "events", p.events());
    proportion(g, "omitsSalient", p.omitsSalient(), EVENTS);
    // no event to leave anything out of: null, not 0, which would read as "leaves nothing out"
    if (p.omitsSalient().total() == 0) {
      g.writeNullField("meanOmissionScore");
    } else {
      g.writeNumberField("meanOmissionScore", round(p.meanOmissionScore()));
    }
    g.writeObjectFieldStart("framing");
    for (OutletProfile.KindRate k : p.framing()) {
      proportion(g, JsonNames.of(k.kind()), k.events(), EVENTS);
    }
    g.writeEndObject();
    g.writeObjectFieldStart("quotes");
    proportion(g, "verbatim", p.verbatim(), QUOTES);
    proportion(g, "truncated", p.truncated(), QUOTES);
    proportion(g, "altered", p.altered(), QUOTES);
    proportion(g, "paraphrased", p.paraphrased(), QUOTES);
    g.writeEndObject();
    proportion(g, "exclusives", p.exclusives(), EVENTS);
    proportion(g, "copies", p.copies(), EVENTS);
    proportion(g, "exclusivePassages", p.exclusivePassages(), PASSAGES);
    g.writeEndObject();
  }

  /** What a proportion counts, written as its {@code of}: its count and total are events, quotes or passages. */
  private static final String EVENTS = "events";
  private static final String QUOTES = "quotes";
  private static final String PASSAGES = "passages";

  private static void proportion(JsonGenerator g, String name, Proportion p, String of) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeNumberField("count", p.count());
    g.writeNumberField("total", p.total());
    g.writeStringField("of", of);
    // a rate out of nothing is unknown: null, not 0 ("never omits" when the outlet had nothing to omit)
    if (p.total() == 0) {
      g.writeNullField("rate");
    } else {
      g.writeNumberField("rate", round(p.rate()));
    }
    g.writeNumberField("low", round(p.low()));
    g.writeNumberField("high", round(p.high()));
    JsonReport.strings(g, "events", p.events());
    if (p.bootstrap().isPresent()) {
      Proportion.Bootstrap b = p.bootstrap().get();
      g.writeObjectFieldStart("bootstrap");
      g.writeNumberField("low", round(b.low()));
      g.writeNumberField("high", round(b.high()));
      g.writeNumberField("resampledEvents", b.resampledEvents());
      g.writeNumberField("resamples", b.resamples());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> d) throws IOException {
    if (d.isPresent()) {
      g.writeStringField(name, d.get().toString());
    } else {
      g.writeNullField(name);
    }
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
