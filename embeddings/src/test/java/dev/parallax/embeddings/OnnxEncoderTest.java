package dev.parallax.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.ParallaxException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxEncoderTest {
  private static final OnnxEncoder ENCODER = OnnxEncoder.allMiniLmL6V2Quantized();

  @Test
  void vectorsHaveUnitLength() {
    List<float[]> v = ENCODER.encode(List.of("Lavrov spoke in Stockholm.", "NATO expands east."));
    assertThat(v).hasSize(2);
    for (float[] x : v) {
      assertThat(x).hasSize(384);
      assertThat(BlendedSimilarity.dot(x, x)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void aSentenceEncodesTheSameWhateverItsCompany() {
    float[] alone = ENCODER.encode(List.of("Russia denies any plans to invade.")).get(0);
    float[] inCompany = ENCODER.encode(List.of("A much longer sentence about something else entirely, with many words.",
        "Russia denies any plans to invade.")).get(1);
    assertThat(inCompany).containsExactly(alone);
  }

  @Test
  void aSentenceEncodedAgainGivesTheSameVectorAndCallersCannotSpoilIt() {
    String text = "The vote was postponed until Friday after a late amendment.";
    float[] first = ENCODER.encode(List.of(text)).get(0);
    float[] kept = first.clone();
    java.util.Arrays.fill(first, 0f);   // a caller changing its copy
    assertThat(ENCODER.encode(List.of(text)).get(0)).containsExactly(kept);
    assertThat(ENCODER.encode(List.of(text), 1).get(0)).containsExactly(kept);   // as encoded afresh
  }

  @Test
  void aVectorIsTheSameWhicheverThreadEncodesIt() {
    // bind() encodes texts in parallel, each in an ONNX run of its own: the vectors must be those of
    // one text at a time on one thread, bit for bit, or a report would depend on scheduling.
    List<String> texts = List.of("Russia has massed 90,000 troops near the border, Kyiv says.",
        "Moscow has repeatedly denied that it is preparing an offensive.",
        "Blinken warned of severe consequences if Russia invades.",
        "The foreign ministers met in Stockholm on Thursday.",
        "NATO says its door remains open to new members.",
        "Lavrov proposed a new European security treaty.",
        "Ukraine's officials continued sounding the alarm.",
        "Is Russia about to go to war?");
    List<float[]> oneAtATime = new ArrayList<>();
    for (String t : texts) {
      oneAtATime.add(ENCODER.encode(List.of(t), 1).get(0));
    }
    for (int round = 0; round < 3; round++) {
      ENCODER.forgetRecent();
      List<float[]> parallel = ENCODER.encode(texts);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(parallel.get(i)).as(texts.get(i)).containsExactly(oneAtATime.get(i));
      }
    }
  }

  @Test
  void forgettingTheRecentVectorsOnlyCostsTime() {
    String text = "The summit ended without an agreement on troop numbers.";
    float[] first = ENCODER.encode(List.of(text)).get(0);
    ENCODER.forgetRecent();
    assertThat(ENCODER.encode(List.of(text)).get(0)).containsExactly(first);
  }

  @Test
  void paraphraseIsCloserThanUnrelatedSentence() {
    List<float[]> v = ENCODER.encode(List.of("Russia denies any plans to invade Ukraine.",
        "Moscow says it is not preparing an offensive against Ukraine.", "The cookie policy was updated."));
    assertThat(BlendedSimilarity.dot(v.get(0), v.get(1))).isGreaterThan(BlendedSimilarity.dot(v.get(0), v.get(2)));
  }

  @Test
  void theModelIsLoadedOncePerJvm() {
    assertThat(OnnxEncoder.allMiniLmL6V2Quantized()).isSameAs(ENCODER);
  }

  @Test
  void aMissingModelIsAClearError() {
    assertThatThrownBy(() -> OnnxEncoder.load("absent", "/absent.onnx", WordPieceTokenizerTest.RESOURCE))
        .isInstanceOf(ParallaxException.class)
        .hasMessageContaining("cannot load the sentence-embedding model absent")
        .hasMessageContaining("/absent.onnx is not on the class path")
        .hasMessageNotContaining("native code");
    assertThatThrownBy(() -> OnnxEncoder.load("absent", "/all-minilm-l6-v2-q.onnx", "/absent-tokenizer.json"))
        .isInstanceOf(ParallaxException.class)
        .hasMessageContaining("cannot read the tokenizer /absent-tokenizer.json");
  }

  @Test
  void tokenVectorsAreTheWordPiecesWithoutTheFrame() {
    // "nightmarish" is cut into several word pieces; [CLS] (101) and [SEP] (102) are left out.
    OnnxEncoder.TokenVectors t = ENCODER.tokens("A nightmarish scenario");
    OnnxEncoder.TokenVectors word = ENCODER.tokens("scenario");
    assertThat(word.ids()).hasSize(1);
    assertThat(t.ids()).hasSizeGreaterThan(3).doesNotContain(101L, 102L).endsWith(word.ids()[0]);
    assertThat(t.vectors().length).isEqualTo(t.ids().length);
    for (float[] v : t.vectors()) {
      assertThat(BlendedSimilarity.dot(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }
    // A word's contextual vector is closer to the same word in another sentence than to an unrelated word.
    OnnxEncoder.TokenVectors other = ENCODER.tokens("The scenario is returning");
    float[] scenario = t.vectors()[t.vectors().length - 1];
    assertThat(BlendedSimilarity.dot(scenario, other.vectors()[1]))
        .isGreaterThan(BlendedSimilarity.dot(scenario, other.vectors()[3]));
  }

  @Test
  void emptyListGivesEmptyList() {
    assertThat(ENCODER.encode(List.of())).isEmpty();
  }
}
