package dev.parallax.cli;

import dev.parallax.ParallaxException;
import dev.parallax.align.SentenceSimilarity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional embeddings module behind {@code --semantic}, found when it is asked for: on the class path
 * (tests, or a distribution whose {@code lib/} holds it), else as {@code parallax-embeddings.jar} named by
 * the {@code PARALLAX_EMBEDDINGS} environment variable, beside the command's jar, or in
 * {@code embeddings/target/} of the checkout the command's jar was built in. The default command stays
 * small (the model and ONNX Runtime's natives are 40 MB) and starts without them.
 */
final class SemanticPlugin {
  static final String FACTORY = "dev.parallax.embeddings.EmbeddingSimilarities";
  static final String JAR = "parallax-embeddings.jar";
  static final String BUILD = "mvn -B -q -pl embeddings -am package -DskipTests";

  private final ClassLoader loader;
  private final List<Path> candidates;

  /** Looks in {@code loader} first, then in the jars {@code candidates} names, in order. */
  SemanticPlugin(ClassLoader loader, List<Path> candidates) {
    this.loader = loader;
    this.candidates = List.copyOf(candidates);
  }

  /** The standard places: the class path, then the environment variable, the jar's folder, the checkout. */
  static SemanticPlugin standard() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("PARALLAX_EMBEDDINGS");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    ownJarFolder().ifPresent(dir -> {
      candidates.add(dir.resolve(JAR));
      // cli/target/parallax.jar in a checkout: the module builds embeddings/target/parallax-embeddings.jar.
      Path checkout = dir.getParent() == null ? null : dir.getParent().getParent();
      if (checkout != null) {
        candidates.add(checkout.resolve("embeddings").resolve("target").resolve(JAR));
      }
    });
    return new SemanticPlugin(SemanticPlugin.class.getClassLoader(), candidates);
  }

  /**
   * The semantic similarity's factory, {@code semantic(SentenceSimilarity lexical)}; loads nothing heavy yet.
   *
   * @throws ParallaxException when the module is nowhere to be found, with how to build it
   */
  Method factory() {
    Class<?> type = find().orElseThrow(() -> new ParallaxException("--semantic needs the embeddings module, which is"
        + " not built: run `" + BUILD + "` in the source folder (it writes embeddings/target/" + JAR + "), or put "
        + JAR + " beside the parallax jar or name it in PARALLAX_EMBEDDINGS"));
    try {
      return type.getMethod("semantic", SentenceSimilarity.class);
    } catch (NoSuchMethodException e) {
      throw new ParallaxException(JAR + " is from another version of Parallax: it has no semantic(SentenceSimilarity)", e);
    }
  }

  /** Calls the factory: loads the model (about a second). */
  static SentenceSimilarity create(Method factory, SentenceSimilarity lexical) {
    try {
      return (SentenceSimilarity) factory.invoke(null, lexical);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new ParallaxException("cannot load the embedding model: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new ParallaxException("cannot call " + FACTORY + ".semantic: " + e.getMessage(), e);
    }
  }

  private Optional<Class<?>> find() {
    try {
      return Optional.of(Class.forName(FACTORY, false, loader));
    } catch (ClassNotFoundException e) {
      // Not on the class path: look for the jar.
    }
    for (Path jar : candidates) {
      if (Files.isRegularFile(jar)) {
        try {
          // Kept open for the rest of the run: the similarity's classes and natives come from it.
          URLClassLoader plugin = new URLClassLoader(new URL[] {jar.toUri().toURL()}, loader);
          return Optional.of(Class.forName(FACTORY, false, plugin));
        } catch (MalformedURLException | ClassNotFoundException e) {
          throw new ParallaxException(jar + " is not the embeddings module (" + e.getMessage() + ")", e);
        }
      }
    }
    return Optional.empty();
  }

  /** The folder of the jar this class was loaded from, when it was loaded from a jar. */
  private static Optional<Path> ownJarFolder() {
    try {
      var source = SemanticPlugin.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path location = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(location) ? Optional.ofNullable(location.toAbsolutePath().getParent()) : Optional.empty();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
