package dev.parallax.analyze;

import dev.parallax.ParallaxException;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP UD English models Parallax uses, loaded from the class path (the
 * {@code opennlp-models-*-en} artifacts): nothing is downloaded.
 *
 * <p>Immutable and thread-safe; load once and share. Only the sentence model is needed: tokens come from
 * OpenNLP's rule-based tokenizer and lemmas from a stemmer, so no POS or lemmatizer model is on core's
 * class path (the benchmark that compares against them brings its own).
 */
public final class EnglishModels {
  private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";

  private final SentenceModel sentenceModel;

  private EnglishModels(SentenceModel sentenceModel) {
    this.sentenceModel = sentenceModel;
  }

  /** Loads the models from the class path. */
  public static EnglishModels load() {
    return new EnglishModels(load(SENTENCE, SentenceModel::new));
  }

  /** The sentence detection model. */
  public SentenceModel sentenceModel() {
    return sentenceModel;
  }

  private interface ModelFactory<T> {
    T create(InputStream in) throws IOException;
  }

  private static <T> T load(String resource, ModelFactory<T> factory) {
    try (InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ParallaxException("OpenNLP model " + resource + " is not on the class path (add the opennlp-models-*-en artifacts)");
      }
      return factory.create(in);
    } catch (IOException e) {
      throw new ParallaxException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
    }
  }
}
