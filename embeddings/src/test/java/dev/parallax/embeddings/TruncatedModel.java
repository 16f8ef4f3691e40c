package dev.parallax.embeddings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the shipped all-MiniLM-L6-v2 int8 model cut after its first {@code k} transformer layers: the graph's
 * output becomes layer {@code k}'s output and the nodes it no longer needs are dropped, so ONNX Runtime runs
 * {@code k} of the six layers. The weights are the shipped ones, untouched (the unused ones stay in the file;
 * ONNX Runtime drops them when it loads it). With {@code k = 6} the model computes the shipped vectors bit for
 * bit. How the "fewer layers" rows of the module README's Speed section were made; no such model ships.
 *
 * <p>The ONNX file is a protocol buffer; this edits the three fields involved ({@code ModelProto.graph} = 7,
 * {@code GraphProto.node} = 1 and {@code GraphProto.output} = 12) and copies every other byte as it is.
 *
 * <p>Run from the project root (class path as for {@link SemanticCompareBenchmark}), then put the folder on the
 * class path of {@link ModelSurvey} or {@link SessionOptionsProbe}:
 * <pre>
 * java -cp ... dev.parallax.embeddings.TruncatedModel 4 /tmp/models/minilm-q-l4.onnx
 * java -cp ...:/tmp/models dev.parallax.embeddings.ModelSurvey /work/shared/data /tmp/survey.tsv \
 *     l4:/minilm-q-l4.onnx:/all-minilm-l6-v2-q-tokenizer.json:MEAN:
 * </pre>
 */
public final class TruncatedModel {
  private static final int LAYERS = 6;
  private static final int MODEL_GRAPH = 7;
  private static final int GRAPH_NODE = 1;
  private static final int GRAPH_OUTPUT = 12;
  private static final int NODE_INPUT = 1;
  private static final int NODE_OUTPUT = 2;
  private static final int VALUE_INFO_NAME = 1;
  private static final int LENGTH_DELIMITED = 2;
  private static final int VARINT = 0;

  private TruncatedModel() {}

  /** Writes the model cut after {@code args[0]} layers to the file {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    int layers = Integer.parseInt(args[0]);
    if (layers < 1 || layers > LAYERS) {
      throw new IllegalArgumentException("layers must be 1 to " + LAYERS + ": " + layers);
    }
    byte[] model;
    try (InputStream in = OnnxEncoder.class.getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
      model = in.readAllBytes();
    }
    String output = layers == LAYERS ? "last_hidden_state"
        : "/encoder/layer." + (layers - 1) + "/output/LayerNorm/Add_1_output_0";
    Files.write(Path.of(args[1]), truncate(model, output));
  }

  /** The model with {@code output} as its only output and without the nodes that do not lead to it. */
  static byte[] truncate(byte[] model, String output) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Reader r = new Reader(model, 0, model.length);
    while (r.more()) {
      int start = r.position;
      long key = r.varint();
      if ((key & 7) == VARINT) {
        r.varint();
        out.write(model, start, r.position - start);
        continue;
      }
      checkLengthDelimited(key);
      int length = (int) r.varint();
      if (key >>> 3 == MODEL_GRAPH) {
        byte[] graph = graph(model, r.position, r.position + length, output);
        writeVarint(out, key);
        writeVarint(out, graph.length);
        out.writeBytes(graph);
      } else {
        out.write(model, start, r.position + length - start);
      }
      r.position += length;
    }
    return out.toByteArray();
  }

  private static byte[] graph(byte[] bytes, int from, int to, String output) {
    List<Node> nodes = new ArrayList<>();
    Reader r = new Reader(bytes, from, to);
    while (r.more()) {
      int start = r.position;
      long key = r.varint();
      checkLengthDelimited(key);
      int length = (int) r.varint();
      if (key >>> 3 == GRAPH_NODE) {
        nodes.add(node(bytes, start, r.position, r.position + length));
      }
      r.position += length;
    }
    Set<String> needed = new HashSet<>(Set.of(output));
    Set<Integer> kept = new HashSet<>();
    for (int n = nodes.size() - 1; n >= 0; n--) {  // ONNX lists nodes in topological order
      Node node = nodes.get(n);
      if (node.outputs().stream().anyMatch(needed::contains)) {
        kept.add(node.start());
        needed.addAll(node.inputs());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    r = new Reader(bytes, from, to);
    while (r.more()) {
      int start = r.position;
      long key = r.varint();
      int length = (int) r.varint();
      long field = key >>> 3;
      if (field == GRAPH_OUTPUT) {  // the name only: ONNX Runtime infers the type
        ByteArrayOutputStream valueInfo = new ByteArrayOutputStream();
        byte[] name = output.getBytes(StandardCharsets.UTF_8);
        writeVarint(valueInfo, VALUE_INFO_NAME << 3 | LENGTH_DELIMITED);
        writeVarint(valueInfo, name.length);
        valueInfo.writeBytes(name);
        writeVarint(out, key);
        writeVarint(out, valueInfo.size());
        out.writeBytes(valueInfo.toByteArray());
      } else if (field != GRAPH_NODE || kept.contains(start)) {
        out.write(bytes, start, r.position + length - start);
      }
      r.position += length;
    }
    return out.toByteArray();
  }

  private record Node(int start, List<String> inputs, List<String> outputs) {}

  private static Node node(byte[] bytes, int start, int from, int to) {
    List<String> inputs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    Reader r = new Reader(bytes, from, to);
    while (r.more()) {
      long key = r.varint();
      if ((key & 7) == VARINT) {
        r.varint();
        continue;
      }
      checkLengthDelimited(key);
      int length = (int) r.varint();
      String value = new String(bytes, r.position, length, StandardCharsets.UTF_8);
      if (key >>> 3 == NODE_INPUT) {
        inputs.add(value);
      } else if (key >>> 3 == NODE_OUTPUT) {
        outputs.add(value);
      }
      r.position += length;
    }
    return new Node(start, inputs, outputs);
  }

  private static void checkLengthDelimited(long key) {
    if ((key & 7) != LENGTH_DELIMITED) {
      throw new IllegalArgumentException("unexpected protocol buffer wire type " + (key & 7) + " of field " + (key >>> 3));
    }
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    long v = value;
    while ((v & ~0x7fL) != 0) {
      out.write((int) (v & 0x7f | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }

  /** Reads protocol buffer varints from {@code bytes} between two positions. */
  private static final class Reader {
    private final byte[] bytes;
    private final int end;
    private int position;

    Reader(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.position = from;
      this.end = to;
    }

    boolean more() {
      return position < end;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; ; shift += 7) {
        int b = bytes[position++] & 0xff;
        value |= (long) (b & 0x7f) << shift;
        if (b < 0x80) {
          return value;
        }
      }
    }
  }
}
