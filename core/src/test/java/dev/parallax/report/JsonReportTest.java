package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.Comparison;
import dev.parallax.analyze.Sentence;
import dev.parallax.compare.Discrepancy;
import dev.parallax.compare.Omission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the JSON report says about positions and reasons, read back as a tool would. */
class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(Comparison c) throws Exception {
    return MAPPER.readTree(JsonReport.toJson(c));
  }

  @Test
  void eachArticleSaysWhatItsPageMarksItAsAndByWhat() throws Exception {
    JsonNode report = json(SampleComparison.withOpinionKicker(SampleComparison.create(), "003_zh"));
    JsonNode zh = report.at("/articles/2");
    assertThat(zh.get("id").asText()).isEqualTo("003_zh");
    assertThat(zh.get("genre").asText()).isEqualTo("opinion");
    assertThat(zh.get("genreMark").asText()).isEqualTo("kicker");
    assertThat(zh.get("genreMarkText").asText()).isEqualTo("Opinion");
    JsonNode rt = report.at("/articles/0");
    assertThat(rt.get("genre").asText()).isEqualTo("unmarked");
    assertThat(rt.has("genreMark")).isFalse();
  }

  @Test
  void editSpansPointAtTheWordsInEachArticle() throws Exception {
    JsonNode report = json(SampleComparison.create());
    JsonNode p3 = report.get("passages").get(2);
    JsonNode number = p3.at("/wording/edits/1");
    assertThat(number.get("kind").asText()).isEqualTo("number");
    // "more than 90,000" in ZeroHedge's text, "94,000" in the reference's (Business Insider)
    assertThat(text(report, "003_zh", number.at("/toSpans/0"))).isEqualTo("more than 90,000");
    assertThat(text(report, "002_bi", number.at("/fromSpans/0"))).isEqualTo("94,000");
    JsonNode dropped = report.at("/passages/3/wording/edits/0");
    assertThat(dropped.get("to").asText()).isEmpty();
    assertThat(dropped.get("toSpans")).isEmpty();
  }

  @Test
  void evidenceListsEveryValueAndValuesTheFirstOfEachArticle() throws Exception {
    Comparison c = SampleComparison.create();
    Discrepancy d = c.discrepancies().get(0);
    Discrepancy.Value bi = d.values().get(0);
    List<Discrepancy.Value> values = new ArrayList<>(d.values());
    values.add(1, new Discrepancy.Value(bi.article(), "95,000 troops", bi.sentence(), bi.start(), bi.start() + 13));
    JsonNode report = json(new Comparison(c.similarity(), c.articles(), c.events(), c.passages(), c.wording(),
        c.framing(), c.quotes(), c.reuse(), List.of(new Discrepancy(d.kind(), d.passage(), values)), c.omissions(),
        c.outlets()));
    JsonNode discrepancy = report.at("/discrepancies/0");
    assertThat(discrepancy.get("values").get("002_bi").asText()).isEqualTo("94,000 troops");
    assertThat(discrepancy.get("evidence").findValuesAsText("value"))
        .containsExactly("94,000 troops", "95,000 troops", "more than 90,000 Russian troops");
    JsonNode zh = discrepancy.at("/evidence/2");
    assertThat(text(report, "003_zh", zh)).isEqualTo("more than 90,000 Russian troops");
  }

  @Test
  void aValueFoundInAnotherPassageNamesItsPassage() throws Exception {
    JsonNode d = json(TollInTwoPassages.create()).at("/discrepancies/0");
    assertThat(d.get("passage").asText()).isEqualTo("p3");
    assertThat(d.at("/evidence/0/value").asText()).isEqualTo("At least 230 people");
    assertThat(d.at("/evidence/0/passage").asText()).isEqualTo("p2");
    // the value that stands in the discrepancy's own passage has no passage of its own
    assertThat(d.at("/evidence/1/value").asText()).isEqualTo("223 people");
    assertThat(d.at("/evidence/1").has("passage")).isFalse();
  }

  @Test
  void aValueOfTheDiscrepancysOwnPassageWritesNone() throws Exception {
    assertThat(json(SampleComparison.create()).at("/discrepancies/0/evidence").findValues("passage")).isEmpty();
    // a value built as standing in the discrepancy's passage itself is no value of another passage
    Discrepancy d = SampleComparison.create().discrepancies().get(0);
    Discrepancy.Value v = d.values().get(0);
    Discrepancy same = new Discrepancy(d.kind(), d.passage(), List.of(new Discrepancy.Value(v.article(), v.value(),
        v.sentence(), v.start(), v.end(), Optional.of(d.passage()))));
    assertThat(same.values().get(0).passage()).isEmpty();
    assertThat(same.acrossPassages()).isFalse();
  }

  @Test
  void basesStandNextToTheProse() throws Exception {
    JsonNode report = json(SampleComparison.create());
    assertThat(report.at("/articles/3/eventBasis").asText()).isEqualTo("publishedApart");
    assertThat(report.at("/articles/0/eventBasis").asText()).isEqualTo("sharesFacts");
    assertThat(report.at("/reuse/0/directionBasis").asText()).isEqualTo("publishedEarlier");
  }

  @Test
  void eachVersionOfAQuoteSaysWhomItsOutletGivesItTo() throws Exception {
    JsonNode report = json(SampleComparison.create());
    assertThat(report.at("/quotes/0/speaker").asText()).isEqualTo("Sergei Lavrov");
    assertThat(report.at("/quotes/0/variants/0/speaker").asText()).isEqualTo("Sergei Lavrov");
    assertThat(report.at("/quotes/0/variants/1/speaker").asText()).isEqualTo("Maria Zakharova");
    assertThat(report.at("/quotes/0/variants/2").has("speaker")).isFalse();
  }

  /** The characters of {@code span} ({start, end}) in the article's text, read from the article's sentences. */
  @Test
  void anOmissionCarriesTheClosestSentenceOfTheArticleThatLeavesItOut() throws Exception {
    Comparison c = SampleComparison.create();
    Omission first = c.omissions().get(0);
    Sentence s = c.article(first.article()).orElseThrow().sentences().get(1);
    List<Omission> omissions = new ArrayList<>(c.omissions());
    omissions.set(0, new Omission(first.article(), first.passage(), first.salience(), first.coveredBy(),
        Optional.of(new Omission.Closest(s.index(), s.text(), s.start(), s.end(), 0.123))));
    JsonNode report = json(new Comparison(c.similarity(), c.articles(), c.events(), c.passages(), c.wording(),
        c.framing(), c.quotes(), c.reuse(), c.discrepancies(), omissions, c.outlets()));
    JsonNode closest = report.at("/omissions/0/closest");
    assertThat(closest.get("sentence").asInt()).isEqualTo(1);
    assertThat(closest.get("text").asText()).isEqualTo(s.text());
    assertThat(text(report, first.article(), closest)).isEqualTo(s.text());
    assertThat(closest.get("score").asDouble()).isEqualTo(0.123);
    assertThat(report.at("/omissions/1").has("closest")).isFalse();
  }

  @Test
  void anOmissionOnlyLaterArticlesCarryIsWrittenWithItsMarkAndTheOthersWithout() throws Exception {
    // RT's p5 stands only in an article published after RT's: listed, marked; RT's p3 is an omission that counts
    JsonNode report = json(SampleComparison.withReportedLater(SampleComparison.create(), "001_rt", "p5"));
    JsonNode omissions = report.get("omissions");
    assertThat(omissions).hasSize(SampleComparison.create().omissions().size());
    assertThat(omissions.get(1).get("passage").asText()).isEqualTo("p5");
    assertThat(omissions.get(1).get("reportedLater").asBoolean()).isTrue();
    assertThat(omissions.get(0).has("reportedLater")).isFalse();
    assertThat(omissions.get(2).has("reportedLater")).isFalse();
    // the same omission unmarked writes no field at all: reports without marks keep their bytes
    assertThat(JsonReport.toJson(SampleComparison.create())).doesNotContain("reportedLater");
  }

  private static String text(JsonNode report, String article, JsonNode span) {
    int start = span.get("start").asInt();
    int end = span.get("end").asInt();
    for (JsonNode a : report.get("articles")) {
      if (a.get("id").asText().equals(article)) {
        for (JsonNode s : a.get("sentences")) {
          int from = s.get("start").asInt();
          if (from <= start && end <= s.get("end").asInt()) {
            return s.get("text").asText().substring(start - from, end - from);
          }
        }
      }
    }
    throw new AssertionError("no sentence of " + article + " holds " + span);
  }
}
