package dev.parallax.embeddings;

import java.util.List;

/**
 * Turns sentences into unit-length vectors, so that the dot product of two vectors is their cosine.
 *
 * <p>Implementations are immutable and thread-safe.
 */
interface Encoder {
  /** The model's name as reported in output, e.g. {@code "all-minilm-l6-v2-q"}. */
  String name();

  /** One unit vector per text, in the order given; an empty list for an empty list. */
  List<float[]> encode(List<String> texts);
}
