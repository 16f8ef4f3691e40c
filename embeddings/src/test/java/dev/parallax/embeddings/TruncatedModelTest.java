package dev.parallax.embeddings;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class TruncatedModelTest {
  private static final String SENTENCE = "The harbour authority closed the northern pier after the storm.";

  @Test
  void allSixLayersComputeTheShippedLastLayerBitForBit() throws Exception {
    byte[] shipped = shippedModel();
    byte[] rewritten = TruncatedModel.truncate(shipped, "last_hidden_state");
    assertThat(lastLayer(rewritten)).isDeepEqualTo(lastLayer(shipped));
  }

  @Test
  void aModelCutAfterThreeLayersIsSmallerAndGivesOtherVectors() throws Exception {
    byte[] shipped = shippedModel();
    byte[] cut = TruncatedModel.truncate(shipped, "/encoder/layer.2/output/LayerNorm/Add_1_output_0");
    assertThat(cut.length).isLessThan(shipped.length);  // the nodes of layers 4 to 6 are gone
    float[][] vectors = lastLayer(cut);
    assertThat(vectors.length).isEqualTo(lastLayer(shipped).length);  // one vector per word piece, as before
    assertThat(vectors).isNotEqualTo(lastLayer(shipped));
  }

  private static byte[] shippedModel() throws IOException {
    try (InputStream in = OnnxEncoder.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
      return in.readAllBytes();
    }
  }

  /** The model's output for {@link #SENTENCE}: one 384-float vector per word piece. */
  private static float[][] lastLayer(byte[] model) throws IOException, OrtException {
    WordPieceTokenizer tokenizer;
    try (InputStream in = OnnxEncoder.class.getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
      tokenizer = WordPieceTokenizer.read(in, OnnxEncoder.MAX_TOKENS);
    }
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);  // not the cut model's unused weights
      try (OrtSession session = environment.createSession(model, options)) {
        return SessionOptionsProbe.run(environment, session, tokenizer.encode(SENTENCE));
      }
    }
  }
}
