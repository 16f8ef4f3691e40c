/**
 * Optional semantic sentence similarity: an offline sentence-embedding model (all-MiniLM-L6-v2, from
 * Maven Central, run with ONNX Runtime inside the JVM) blended with a lexical similarity.
 *
 * <p>Key type: {@link dev.parallax.embeddings.EmbeddingSimilarities}, whose factories return a
 * {@link dev.parallax.align.SentenceSimilarity} to pass to {@code Parallax.builder().similarity(..)}.
 * Everything else in the package is an implementation detail.
 */
package dev.parallax.embeddings;
