package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** SIGTERM in the middle of writing a report: the old report stays and no temporary file is left beside it. */
class SigtermTest {
  @TempDir
  Path reports;

  @TempDir
  Path logs;

  /**
   * A child JVM that writes "new report" over the file named by its argument and stops for good once the
   * temporary file is complete, before the rename: the moment a SIGTERM would otherwise leave it behind.
   */
  static final class HeldWrite {
    public static void main(String[] args) {
      Outputs.writeAll(List.of(new Outputs.Target(args[0], "new report")), () -> {
        while (true) {
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            // keep holding: only the signal ends this process
          }
        }
      });
    }
  }

  /**
   * A child JVM that runs a command as the CLI runs one (its errors through {@link ErrorHandler}) which, once it is
   * told to stop, writes "new report" over the file named by its argument: a corpus run finishing an event's part just
   * after Ctrl-C or SIGTERM. Its shutdown hook waits until the command has ended, as the run's own hook prints its
   * "stopped" line while the run goes on.
   */
  static final class WriteAfterTheSignal {
    public static void main(String[] args) {
      CountDownLatch stopping = new CountDownLatch(1);
      CountDownLatch ended = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stopping.countDown();
        try {
          ended.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
      CommandLine cmd = new CommandLine(new Report(Path.of(args[0]), stopping));
      cmd.setExecutionExceptionHandler(new ErrorHandler());
      cmd.execute();
      ended.countDown();
    }

    @Command(name = "report")
    record Report(Path target, CountDownLatch stopping) implements Callable<Integer> {
      @Override
      public Integer call() throws Exception {
        System.out.println("ready");
        System.out.flush();
        stopping.await();
        Outputs.writeAtomically(target, "new report");
        return 0;
      }
    }
  }

  @Test
  void aReportWrittenAfterSigtermIsLeftOutWithoutAnErrorLine() throws Exception {
    Path report = reports.resolve("out.json");
    Files.writeString(report, "old report");
    Path stdout = logs.resolve("stdout.txt");
    Path stderr = logs.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        WriteAfterTheSignal.class.getName(), report.toString())
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!read(stdout).equals("ready") && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(read(stdout)).as("the child is running (stderr: %s)", read(stderr)).isEqualTo("ready");

      child.destroy();   // SIGTERM
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child ends after SIGTERM").isTrue();

      // an ordinary stop: no "internal error: IllegalStateException: Shutdown in progress", nothing half-written
      assertThat(read(stderr)).isEmpty();
      assertThat(Files.readString(report)).isEqualTo("old report");
      try (Stream<Path> s = Files.list(reports)) {
        assertThat(s.toList()).containsExactly(report);
      }
    } finally {
      child.destroyForcibly();
    }
  }

  @Test
  void sigtermDuringTheWriteLeavesTheOldReportAndNoTemporaryFile() throws Exception {
    // Process.destroy() sends SIGTERM on POSIX systems, which the CLI tests need (they make symbolic links too)
    Path report = reports.resolve("out.json");
    Files.writeString(report, "old report");
    Path stderr = logs.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        HeldWrite.class.getName(), report.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(stderr.toFile())
        .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (temporaryFiles().isEmpty() && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(temporaryFiles())
          .as("the child holds a temporary file before it is stopped (stderr: %s)", read(stderr))
          .isNotEmpty();
      assertThat(child.isAlive()).isTrue();

      child.destroy();   // SIGTERM
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child ends after SIGTERM").isTrue();

      assertThat(temporaryFiles()).as("temporary files left beside the report").isEmpty();
      assertThat(Files.readString(report)).isEqualTo("old report");
      try (Stream<Path> s = Files.list(reports)) {
        assertThat(s.toList()).containsExactly(report);
      }
    } finally {
      child.destroyForcibly();
    }
  }

  /** The temporary files Outputs creates beside a report: ".out.json" + a random part + ".tmp". */
  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> s = Files.list(reports)) {
      return s.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(".out.json") && name.endsWith(".tmp");
      }).toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
  }
}
