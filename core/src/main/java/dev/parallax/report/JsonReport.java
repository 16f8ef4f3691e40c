package dev.parallax.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.parallax.Comparison;
import dev.parallax.align.ArticleEvent;
import dev.parallax.align.Passage;
import dev.parallax.align.PassageMember;
import dev.parallax.analyze.AnalyzedArticle;
import dev.parallax.analyze.Sentence;
import dev.parallax.analyze.TextSpan;
import dev.parallax.clean.Removal;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.Edit;
import dev.parallax.compare.FramingCue;
import dev.parallax.compare.FramingSummary;
import dev.parallax.compare.Omission;
import dev.parallax.compare.OutletSummary;
import dev.parallax.compare.PairDifference;
import dev.parallax.compare.QuoteGroup;
import dev.parallax.compare.QuoteVariant;
import dev.parallax.compare.Reuse;
import dev.parallax.compare.ReuseSpan;
import dev.parallax.compare.WordingDiff;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a {@link Comparison} as JSON following the {@code parallax-report/1} schema
 * ({@code docs/schema/parallax-report-1.schema.json}).
 *
 * <p>Output is deterministic: the same comparison gives the same bytes (fields in a fixed order, scores
 * rounded to four decimals, no timestamps). Stateless and thread-safe.
 *
 * <pre>{@code
 * String json = JsonReport.toJson(comparison);
 * }</pre>
 */
public final class JsonReport {
  /** The schema identifier written in every report. */
  public static final String SCHEMA = "parallax-report/1";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private JsonReport() {}

  /** The report as a JSON string, ending with a newline. */
  public static String toJson(Comparison comparison) {
    StringWriter w = new StringWriter();
    write(comparison, w);
    return w.toString();
  }

  /** Writes the report to {@code out} (not closed). */
  public static void write(Comparison comparison, Writer out) {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(out, "out");
    try {
      JsonGenerator g = prettyGenerator(out);
      writeReport(g, comparison);
      g.flush();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A generator of the reports' pretty form on {@code out}: two spaces a level, one field a line, decimals written
   * plain; closing it leaves {@code out} open. {@link CorpusJson} writes its summary with it too.
   */
  static JsonGenerator prettyGenerator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    return g;
  }

  private static void writeReport(JsonGenerator g, Comparison c) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeStringField("similarity", c.similarity());
    g.writeArrayFieldStart("articles");
    for (int i = 0; i < c.articles().size(); i++) {
      writeArticle(g, c.articles().get(i), i < c.events().size() ? c.events().get(i) : null);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("passages");
    Map<String, WordingDiff> wording = new HashMap<>();
    for (WordingDiff w : c.wording()) {
      wording.putIfAbsent(w.passage(), w);
    }
    for (Passage p : c.passages()) {
      writePassage(g, p, wording.get(p.id()));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("omissions");
    for (Omission o : c.omissions()) {
      g.writeStartObject();
      g.writeStringField("article", o.article());
      g.writeStringField("passage", o.passage());
      number(g, "salience", o.salience());
      strings(g, "coveredBy", o.coveredBy());
      if (o.closest().isPresent()) {
        Omission.Closest cl = o.closest().get();
        g.writeObjectFieldStart("closest");
        g.writeNumberField("sentence", cl.sentence());
        g.writeStringField("text", cl.text());
        g.writeNumberField("start", cl.start());
        g.writeNumberField("end", cl.end());
        number(g, "score", cl.score());
        g.writeEndObject();
      }
      if (o.reportedLater()) {
        g.writeBooleanField("reportedLater", true);
      }
      if (o.part().isPresent()) {
        Omission.Part part = o.part().get();
        g.writeObjectFieldStart("part");
        g.writeStringField("article", part.article());
        g.writeNumberField("sentence", part.sentence());
        g.writeStringField("text", part.text());
        g.writeNumberField("start", part.start());
        g.writeNumberField("end", part.end());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (QuoteGroup q : c.quotes()) {
      writeQuote(g, q);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("discrepancies");
    for (Discrepancy d : c.discrepancies()) {
      g.writeStartObject();
      g.writeStringField("kind", JsonNames.of(d.kind()));
      g.writeStringField("passage", d.passage());
      g.writeObjectFieldStart("values");
      Set<String> written = new HashSet<>();
      for (Discrepancy.Value v : d.values()) {
        if (written.add(v.article())) {   // an article's first value; evidence lists them all
          g.writeStringField(v.article(), v.value());
        }
      }
      g.writeEndObject();
      g.writeArrayFieldStart("evidence");
      for (Discrepancy.Value v : d.values()) {
        g.writeStartObject();
        g.writeStringField("article", v.article());
        g.writeStringField("value", v.value());
        g.writeNumberField("sentence", v.sentence());
        g.writeNumberField("start", v.start());
        g.writeNumberField("end", v.end());
        if (v.passage().isPresent()) {   // a value found across passages: where it stands
          g.writeStringField("passage", v.passage().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reuse");
    for (Reuse r : c.reuse()) {
      g.writeStartObject();
      g.writeStringField("from", r.from());
      g.writeStringField("to", r.to());
      g.writeArrayFieldStart("spans");
      for (ReuseSpan s : r.spans()) {
        g.writeStartObject();
        g.writeNumberField("fromStart", s.fromStart());
        g.writeNumberField("fromEnd", s.fromEnd());
        g.writeNumberField("toStart", s.toStart());
        g.writeNumberField("toEnd", s.toEnd());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("chars", r.chars());
      g.writeStringField("direction", r.direction());
      g.writeStringField("directionBasis", JsonNames.of(r.basis()));
      if (r.credit().isPresent()) {
        g.writeStringField("credit", r.credit().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("outlets");
    for (OutletSummary o : c.outlets()) {
      g.writeStartObject();
      g.writeStringField("article", o.article());
      number(g, "coverage", o.coverage());
      number(g, "omissionScore", o.omissionScore());
      strings(g, "exclusives", o.exclusives());
      writeFraming(g, o.framing(), c.framing(), o.article());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeArticle(JsonGenerator g, AnalyzedArticle a, ArticleEvent event) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("outlet", a.article().outlet());
    if (a.article().published().isPresent()) {
      g.writeStringField("published", a.article().published().get().toString());
    } else {
      g.writeNullField("published");
    }
    g.writeStringField("title", a.article().title());
    g.writeStringField("genre", JsonNames.of(a.article().genre()));
    if (a.article().genreMark().isPresent()) {
      g.writeStringField("genreMark", JsonNames.of(a.article().genreMark().get().source()));
      g.writeStringField("genreMarkText", a.article().genreMark().get().text());
    }
    if (event != null) {
      g.writeStringField("event", JsonNames.of(event.membership()));
      g.writeStringField("eventReason", event.reason());
      g.writeStringField("eventBasis", JsonNames.of(event.basis()));
    }
    g.writeArrayFieldStart("sentences");
    for (Sentence s : a.sentences()) {
      g.writeStartObject();
      g.writeNumberField("index", s.index());
      g.writeStringField("text", s.text());
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeStringField("role", JsonNames.of(s.role()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("removed");
    for (Removal r : a.article().removed()) {
      g.writeStartObject();
      g.writeNumberField("start", r.start());
      g.writeNumberField("end", r.end());
      g.writeStringField("text", r.text());
      g.writeStringField("reason", JsonNames.of(r.reason()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writePassage(JsonGenerator g, Passage p, WordingDiff w) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id());
    number(g, "salience", p.salience());
    g.writeArrayFieldStart("members");
    for (PassageMember m : p.members()) {
      g.writeStartObject();
      g.writeStringField("article", m.article());
      g.writeArrayFieldStart("sentences");
      for (int s : m.sentences()) {
        g.writeNumber(s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    number(g, "similarity", p.similarity());
    if (w != null) {
      g.writeObjectFieldStart("wording");
      number(g, "score", w.score());
      g.writeStringField("reference", w.reference());
      if (w.coarse()) {
        g.writeBooleanField("coarse", true);   // only when set, so reports without limits keep their bytes
      }
      g.writeArrayFieldStart("pairs");
      for (PairDifference d : w.pairs()) {
        g.writeStartObject();
        g.writeStringField("a", d.a());
        g.writeStringField("b", d.b());
        number(g, "score", d.score());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("edits");
      for (Edit e : w.edits()) {
        g.writeStartObject();
        g.writeStringField("article", e.article());
        g.writeStringField("kind", JsonNames.of(e.kind()));
        g.writeStringField("from", e.from());
        g.writeStringField("to", e.to());
        spans(g, "fromSpans", e.fromSpans());
        spans(g, "toSpans", e.toSpans());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeQuote(JsonGenerator g, QuoteGroup q) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", q.id());
    g.writeStringField("speaker", q.speaker());
    g.writeArrayFieldStart("variants");
    for (QuoteVariant v : q.variants()) {
      g.writeStartObject();
      g.writeStringField("article", v.article());
      g.writeNumberField("sentence", v.sentence());
      g.writeStringField("text", v.text());
      g.writeStringField("fidelity", JsonNames.of(v.fidelity()));
      if (v.citedSource().isPresent()) {
        g.writeStringField("citedSource", v.citedSource().get());
      }
      if (v.speaker().isPresent()) {
        g.writeStringField("speaker", v.speaker().get());
      }
      if (v.reversed()) {
        g.writeBooleanField("reversed", true);
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeFraming(JsonGenerator g, FramingSummary f, List<FramingCue> cues, String article)
      throws IOException {
    g.writeObjectFieldStart("framing");
    g.writeNumberField("words", f.words());
    g.writeObjectFieldStart("counts");
    for (FramingSummary.KindCount k : f.counts()) {
      g.writeObjectFieldStart(JsonNames.of(k.kind()));
      g.writeNumberField("count", k.count());
      number(g, "perThousandWords", k.perThousandWords());
      strings(g, "examples", k.examples());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("cues");
    for (FramingCue cue : cues) {
      if (!cue.article().equals(article)) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("kind", JsonNames.of(cue.kind()));
      g.writeStringField("text", cue.text());
      g.writeNumberField("sentence", cue.sentence());
      g.writeNumberField("start", cue.start());
      g.writeNumberField("end", cue.end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void spans(JsonGenerator g, String name, List<TextSpan> spans) throws IOException {
    g.writeArrayFieldStart(name);
    for (TextSpan s : spans) {
      g.writeStartObject();
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes field {@code name} as an array of {@code values}, in their order. */
  static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Scores rounded to four decimals so that output is stable across platforms. */
  private static void number(JsonGenerator g, String name, double value) throws IOException {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalStateException(name + " is not a finite number: " + value);
    }
    g.writeNumberField(name, BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros());
  }
}
