package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line, after {@code mvn package}: the distribution unpacks to a {@code bin/parallax}
 * that runs from anywhere, and the runnable jar stays small because the embeddings are a separate module.
 */
class DistributionIT {
  private static final Path TARBALL = Path.of(System.getProperty("parallax.distribution", "target/missing.tar.gz"));
  private static final Path JAR = Path.of("target", "parallax.jar");
  private static final Path SEEDS = Path.of("..", "examples", "data", "lavrov-nightmare").toAbsolutePath().normalize();
  /** Guards against a process that never exits; nothing is asserted about time. */
  private static final long GUARD_SECONDS = 300;

  @TempDir
  Path tmp;

  @Test
  void theUnpackedDistributionRunsFromItsBinFolder() throws Exception {
    assertThat(TARBALL).exists();
    run(tmp, "tar", "xzf", TARBALL.toAbsolutePath().toString());
    Path home = tmp.resolve("parallax-" + System.getProperty("parallax.version"));
    Path launcher = home.resolve("bin").resolve("parallax");
    assertThat(Files.isExecutable(launcher)).isTrue();
    assertThat(home.resolve("lib")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("parallax-core-"));

    assertThat(run(tmp, launcher.toString(), "--version").strip())
        .isEqualTo("parallax " + System.getProperty("parallax.version"));
    // Linked into a folder on the PATH, it still finds its lib/.
    Path link = Files.createSymbolicLink(tmp.resolve("parallax"), launcher);
    assertThat(run(tmp, link.toString(), "compare", "--quiet", "--json", "-", SEEDS.toString()))
        .contains("\"schema\" : \"parallax-report/1\"");
  }

  @Test
  void theRunnableJarLeavesTheEmbeddingModelAndOnnxRuntimeOut() throws IOException {
    assertThat(Files.size(JAR)).as("parallax.jar bytes").isLessThan(20L * 1024 * 1024);
    try (ZipFile zip = new ZipFile(JAR.toFile())) {
      assertThat(zip.stream().map(e -> e.getName()))
          .noneMatch(n -> n.startsWith("ai/onnxruntime/"))
          .noneMatch(n -> n.endsWith(".onnx"))
          .noneMatch(n -> n.startsWith("dev/parallax/embeddings/"))
          .contains("dev/parallax/cli/Main.class");
    }
  }

  private String run(Path workDir, String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    if (!p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(cmd + " did not exit");
    }
    assertThat(p.exitValue()).as("%s: %s", cmd, Files.readString(err)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
