package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A schema file changes only with a new {@code x-revision}: a tool that validates reports against a saved copy of
 * the schema can tell, by the revision, that fields or enum values were added since (docs/json.md, "Versioning").
 */
class SchemaRevisionTest {
  private static final Path SCHEMAS = Path.of("..", "docs", "schema");
  private static final Path JSON_DOC = Path.of("..", "docs", "json.md");
  private static final Pattern REVISION = Pattern.compile("\\n\\s*\"x-revision\": (\\d+),");

  /**
   * Per schema file and revision, the SHA-256 of the file without its revision line. A change to a schema raises its
   * revision and adds a row here (and one to the revision table of docs/json.md and to CHANGELOG.md): a row already
   * here is never edited.
   */
  private static final Map<String, Map<Integer, String>> RECORDED = Map.of(
      "parallax-report-1.schema.json", Map.of(
          1, "ffb25be4537acabbbb806b246467e9f5cd173f03b31f9e88806fa917fa126fb3",
          2, "906c1e91793f3b07afc8bf21f3f92e366376f6794641b047470a89ee0a11eae5",
          3, "17b82a0b671b78f9135ca91e2a35cbc736278f958f4b0fc46c2fb62e04dbbf7d",
          4, "2555d0c88739fa29f6302cc720d321901bd9bd67fc4e6453e774af384680aafd",
          5, "6550c30db37fd1a2979fce6f2c7f8dabf35eece557ef1dfb89154e088bad0780",
          6, "b0fe8fe8c443272b6a1e31da30a9de2881984aea2ff066de59e055b70932ec8e",
          7, "b8e82301de33fe86646445f64e1e22861297c38473af28be3e510e3afd0a18b5",
          8, "bc2a1e47aa89a61955a5f4b6c73e4cdb36eba912c6ba544829df41d5d468385e",
          9, "987de4a2986dc3497e5e826d2e1bb6d5f8d35df90435778e3f7052b6f50396f4",
          10, "c3f939adedfcc0ad8f6f947421b69f3e86695cbf58d616ea622101439b299cab"),
      "parallax-corpus-1.schema.json", Map.of(
          1, "566ea45414ec8d66a4bbd639501128ccd3a1bea6405b3d8cfa99833da919ddf8",
          2, "e0536bc9fd88913400116e8db34910dc6a6739bfc7969c82dc8dc0d1ff41bc24",
          3, "5e482519158731e72f42aeaa583185dfd6c47d0213a1641878b690a585b7d126",
          4, "fe74e9775048b2b871f483640dc3b5b35595c15b07cfc977c48e4ec3f319e667",
          5, "4d7576b3808b9d9906149e2401be1f29cb2fb056848aa8ed9911a47831a832a5",
          6, "228d774088dc03c9d9a179d3d49a07e775002fd97dc5e1d34203158654ebd7da"),
      "parallax-corpus-event-1.schema.json", Map.of(
          1, "96efc035cda611a304cc6a592c5d92b7bab49de024a9e746e9daeb6c03a4cde2",
          2, "19e6532399642b362ddf9a74349e9ee40eda774bda48f1d5b962ab133c10a168",
          3, "d66f3552fce8ecb83c7d1aa0bea319a1b0be8124cdbff9349e96f8d3d60d26ca",
          4, "71b541c4aedc22f2f41db1687df2dba75f79641698d5a23ab96c1ac7ca4f5a73",
          5, "24b15ac383176c818b0e9c71f1aa2893c5510f5f3b224cc442f092a53be55a34"));

  @ParameterizedTest
  @ValueSource(strings = {"parallax-report-1.schema.json", "parallax-corpus-1.schema.json",
      "parallax-corpus-event-1.schema.json"})
  void aSchemaFileChangesOnlyWithANewRevisionThatTheDocsList(String file) throws IOException {
    String schema = Files.readString(SCHEMAS.resolve(file)).replace("\r\n", "\n");
    Matcher m = REVISION.matcher(schema);
    assertThat(m.find()).as(file + " has an \"x-revision\"").isTrue();
    int revision = Integer.parseInt(m.group(1));

    assertThat(sha256(m.replaceFirst(""))).as(file + " changed: raise its x-revision, and record the new revision here,"
        + " in docs/json.md and in CHANGELOG.md").isEqualTo(RECORDED.get(file).get(revision));
    assertThat(Files.readString(JSON_DOC)).contains("| `" + file + "` | " + revision + " |");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
