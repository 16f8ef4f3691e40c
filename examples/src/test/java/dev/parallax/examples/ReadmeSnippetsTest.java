package dev.parallax.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Java shown in the README is code the examples compile and run: each {@code ```java} block, line by
 * line (indentation aside), stands in one example's source.
 */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path EXAMPLES = Path.of("src", "main", "java", "dev", "parallax", "examples");

  @Test
  void everyJavaSnippetInTheReadmeIsInAnExample() throws IOException {
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        sources.add(normalized(Files.readString(f)));
      }
    }
    List<String> snippets = javaBlocks(Files.readString(README));
    assertThat(snippets).as("java blocks in the README").hasSizeGreaterThanOrEqualTo(5);
    for (String snippet : snippets) {
      assertThat(sources).as("an example that holds:\n%s", snippet).anySatisfy(s -> assertThat(s).contains(snippet));
    }
  }

  @Test
  void everyExampleTheReadmeRunsByNameExists() throws IOException {
    String readme = Files.readString(README);
    List<String> named = readme.lines().filter(l -> l.contains("-Dexec.mainClass=dev.parallax.examples."))
        .map(l -> l.substring(l.indexOf("examples.") + "examples.".length()).split("[^A-Za-z]")[0]).toList();
    assertThat(named).isNotEmpty();
    for (String name : named) {
      assertThat(EXAMPLES.resolve(name + ".java")).exists();
    }
  }

  private static List<String> javaBlocks(String markdown) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String line : markdown.split("\n", -1)) {
      if (current == null && line.strip().equals("```java")) {
        current = new StringBuilder();
      } else if (current != null && line.strip().equals("```")) {
        blocks.add(normalized(current.toString()));
        current = null;
      } else if (current != null) {
        current.append(line).append('\n');
      }
    }
    return blocks;
  }

  /** Lines stripped of indentation and trailing blanks, empty lines dropped. */
  private static String normalized(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
