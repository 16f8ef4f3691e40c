package dev.parallax.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A program that forgot ONNX Runtime's jar gets the documented exception, naming the artifact, not a linkage error. */
class MissingRuntimeTest {
  @Test
  void withoutOnnxRuntimeOnTheClassPathSemanticSaysWhichArtifactIsMissing() throws Exception {
    try (URLClassLoader withoutOnnx = new URLClassLoader(classPathWithout("onnxruntime"),
        ClassLoader.getPlatformClassLoader())) {
      Class<?> similarities = withoutOnnx.loadClass("dev.parallax.embeddings.EmbeddingSimilarities");

      Throwable thrown = catchThrowable(() -> similarities.getMethod("semantic").invoke(null));

      assertThat(thrown).isInstanceOf(InvocationTargetException.class);
      Throwable cause = thrown.getCause();
      assertThat(cause.getClass().getName()).isEqualTo("dev.parallax.ParallaxException");
      assertThat(cause).hasMessageStartingWith("cannot load the sentence-embedding model: ONNX Runtime"
          + " (com.microsoft.onnxruntime:onnxruntime) is not on the class path");
    }
  }

  /** The test's class path less every entry whose file name holds {@code left}. */
  private static URL[] classPathWithout(String left) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank() && !Path.of(entry).getFileName().toString().contains(left)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }
}
