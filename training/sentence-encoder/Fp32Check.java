package dev.parallax.embeddings;
import java.util.List;

/**
 * Prints the JVM encoder's vectors of three sentences, for the fp32 all-MiniLM-L6-v2 and the shipped quantized model,
 * to check minilm.py's PyTorch port against them (not part of the build; see README.md for the command).
 */
public class Fp32Check {
  public static void main(String[] a) {
    List<String> s = List.of("Fifteen workers were hurt when a fire tore through the plant.","Fire at Café Zürich injures 12 workers — officials said.", "Hello");
    for (String model : List.of("all-minilm-l6-v2", "all-minilm-l6-v2-q")) {
      OnnxEncoder e = OnnxEncoder.load(model, "/" + model + ".onnx", "/" + model + "-tokenizer.json");
      List<float[]> v = e.encode(s);
      StringBuilder b = new StringBuilder(model);
      for (float[] x : v) { b.append("\n"); for (float f : x) b.append(f).append(' '); }
      System.out.println(b);
    }
  }
}
