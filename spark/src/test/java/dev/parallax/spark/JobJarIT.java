package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The job jar that {@code spark-submit} is given reads a JSON line with its own classes alone: core and core's
 * relocated Jackson, none of the test class path's (the cluster brings Spark and its own Jackson, never core's).
 */
class JobJarIT {
  private static final Path JAR = Path.of(System.getProperty("parallax.sparkJobJar", "target/parallax-spark-job.jar"));

  @Test
  void theJobJarReadsAnArticleOfAJsonLinesFeedWithItsOwnClasses() throws Exception {
    assertThat(JAR).as("the job jar, built by `package`").isRegularFile();
    try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
      Class<?> feed = Class.forName("dev.parallax.corpus.JsonLinesArticles", true, jar);
      Method parse = feed.getMethod("parse", String.class, String.class);
      Object article = parse.invoke(null, "{\"id\":\"lindby-1\",\"outlet\":\"Lindby Courier\",\"published\":\"2024-03-01\","
          + "\"title\":\"Ferry strike ends\",\"text\":\"The ferry strike in Lindby ended on Friday, the union said.\"}",
          "feed.jsonl:1");
      assertThat(article.getClass().getMethod("id").invoke(article)).isEqualTo("lindby-1");
      assertThat(article.getClass().getMethod("outlet").invoke(article)).isEqualTo("Lindby Courier");
    }
  }

  @Test
  void everyRelocatedJacksonClassTheJarNamesIsInIt() throws Exception {
    // databind, core and annotations all relocated and all present: a part left out (as `provided`) is a class
    // the job cannot load on the cluster, where no unrelocated copy can stand in for it
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (String part : new String[] {"databind/ObjectMapper", "core/Versioned", "annotation/JsonProperty"}) {
        assertThat(jar.getEntry("dev/parallax/shaded/jackson/" + part + ".class")).as(part).isNotNull();
      }
      assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("com/fasterxml/jackson/"))).isEmpty();
    }
    assertThat(Files.size(JAR)).isPositive();
  }
}
