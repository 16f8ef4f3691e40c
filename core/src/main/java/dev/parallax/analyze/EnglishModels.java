package dev.parallax.analyze;

import dev.parallax.ParallaxException;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP UD English models Parallax uses, loaded from the class path (the
 * {@code opennlp-models-*-en} artifacts): nothing is downloaded.
 *
 * <p>Immutable and thread-safe; load once and share. The POS model is loaded on first use only, since
 * most runs never need it.
 */
public final class EnglishModels {
  private static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin";
  private static final String POS = "opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";

  private final SentenceModel sentenceModel;
  private volatile POSModel posModel;

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

  /** The part-of-speech model, loaded on first call. */
  public POSModel posModel() {
    POSModel m = posModel;
    if (m == null) {
      synchronized (this) {
        m = posModel;
        if (m == null) {
          m = load(POS, POSModel::new);
          posModel = m;
        }
      }
    }
    return m;
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
