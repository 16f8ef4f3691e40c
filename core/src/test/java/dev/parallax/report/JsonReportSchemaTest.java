package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.parallax.Comparison;
import dev.parallax.Parallax;
import dev.parallax.align.EventBasis;
import dev.parallax.align.EventMembership;
import dev.parallax.analyze.SentenceRole;
import dev.parallax.clean.RemovalReason;
import dev.parallax.compare.DiscrepancyKind;
import dev.parallax.compare.EditKind;
import dev.parallax.compare.Fidelity;
import dev.parallax.compare.FramingKind;
import dev.parallax.compare.ReuseBasis;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reports validate against docs/schema/parallax-report-1.schema.json, and the schema documents every field. */
class JsonReportSchemaTest {
  private static final Path SCHEMA = Path.of("..", "docs", "schema", "parallax-report-1.schema.json");
  private static final Path SEEDS = Path.of("..", "examples", "data", "lavrov-nightmare", "MANIFEST.tsv");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void sampleWithEveryKindOfFindingIsValid() throws IOException {
    assertThat(errors(JsonReport.toJson(SampleComparison.create("<script>alert(1)</script>")))).isEmpty();
  }

  @Test
  void anOmissionMarkedAsReportedOnlyLaterIsValid() throws IOException {
    assertThat(errors(JsonReport.toJson(SampleComparison.withReportedLater(SampleComparison.create(), "001_rt", "p5"))))
        .isEmpty();
  }

  @Test
  void aDiscrepancyFoundAcrossPassagesIsValid() throws IOException {
    String json = JsonReport.toJson(TollInTwoPassages.create());
    assertThat(json).containsPattern("\"passage\" ?: \"p2\"");
    assertThat(errors(json)).isEmpty();
  }

  @Test
  void seedReportIsValid() throws IOException {
    Comparison seeds = Parallax.create().compare(ArticleReader.withManifest(SEEDS).readManifestFiles());
    assertThat(errors(JsonReport.toJson(seeds))).isEmpty();
  }

  @Test
  void schemaRejectsAnUndocumentedField() throws IOException {
    String json = JsonReport.toJson(SampleComparison.create()).replaceFirst("\\{", "{\"surprise\": 1,");
    assertThat(errors(json)).isNotEmpty();
  }

  @Test
  void everyFieldHasADescription() throws IOException {
    List<String> missing = new ArrayList<>();
    walk(schema(), "", missing);
    assertThat(missing).isEmpty();
  }

  @Test
  void schemaListsEveryConstantOfEveryClosedSet() throws IOException {
    String text = Files.readString(SCHEMA);
    for (Class<? extends Enum<?>> type : List.of(RemovalReason.class, SentenceRole.class, EditKind.class,
        Fidelity.class, DiscrepancyKind.class, FramingKind.class, EventMembership.class, EventBasis.class,
        ReuseBasis.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(text).as(type.getSimpleName() + "." + constant.name()).contains("\"" + JsonNames.of(constant) + "\"");
      }
    }
  }

  private static Set<ValidationMessage> errors(String json) throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema());
    return schema.validate(MAPPER.readTree(json));
  }

  private static JsonNode schema() throws IOException {
    return MAPPER.readTree(SCHEMA.toFile());
  }

  /** Collects the path of every property schema without a description (directly or on its items). */
  private static void walk(JsonNode node, String path, List<String> missing) {
    if (!node.isObject()) {
      return;
    }
    JsonNode props = node.get("properties");
    if (props != null) {
      for (Map.Entry<String, JsonNode> e : props.properties()) {
        JsonNode p = e.getValue();
        if (!p.has("description")) {
          missing.add(path + "/" + e.getKey());
        }
      }
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      walk(e.getValue(), path + "/" + e.getKey(), missing);
    }
  }
}
