package dev.parallax.embeddings;

import dev.parallax.Parallax;
import dev.parallax.align.SentenceSimilarity;
import dev.parallax.align.Similarities;
import dev.parallax.analyze.EnglishAnalyzer;
import dev.parallax.analyze.EnglishModels;
import dev.parallax.analyze.Sentence;
import dev.parallax.ingest.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * CPU time (of the whole process, all threads) and wall time of the workloads of
 * {@link SemanticCompareBenchmark} for the five seeds, for a machine shared with other work, where wall
 * times say more about the neighbours than about the code: CPU time counts only what this process did.
 *
 * <p>Workloads, warmed up together and then measured in turn, {@code runs} times each, so that a change of the
 * machine's load falls on all of them. Printed per workload: the CPU time of the threads that do the work
 * (this one and the common fork-join pool's, where {@code bind} embeds), the process's CPU time (with the JIT
 * compiler and the garbage collector; its clock ticks in steps of 10 ms on Linux; workloads that alternate in
 * one JVM keep C2 recompiling shared code such as sorting, which lands on whichever workload runs) and the
 * wall time, medians and 90th percentiles:
 * the lexical {@code compare}; the semantic {@code compare} with the encoder's recent vectors kept (a
 * comparison repeated) and cleared before each run (the first comparison of unseen articles); the semantic
 * {@code bind} of unseen sentences; and the encoder alone on those sentences, sequentially on one thread and
 * in parallel as {@code bind} does, to show what running two texts at once costs in CPU.
 *
 * <p>Run from the project root (after {@code mvn -B -q -o -pl embeddings -am test-compile} and the
 * {@code dependency:build-classpath} command of {@link SemanticCompareBenchmark}):
 * <pre>
 * java -cp embeddings/target/test-classes:embeddings/target/classes:core/target/classes:$(cat embeddings/target/cp.txt) \
 *     dev.parallax.embeddings.SemanticCpuProbe [warm-up seconds, default 60] [runs, default 20]
 * </pre>
 * ({@code -Donly=unseen} keeps only the workloads whose name contains the given words.)
 */
public final class SemanticCpuProbe {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private SemanticCpuProbe() {}

  /** Runs the workloads and prints one line each. */
  public static void main(String[] args) {
    double warmUp = args.length > 0 ? Double.parseDouble(args[0]) : 60;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Parallax.Builder builder = Parallax.builder().analyzer(EnglishAnalyzer.create(EnglishModels.load()));
    Parallax lexical = builder.build();
    SentenceSimilarity semantic = EmbeddingSimilarities.semantic(Similarities.lexical());
    Parallax blended = builder.similarity(semantic).build();
    OnnxEncoder encoder = (OnnxEncoder) ((BlendedSimilarity) semantic).encoder();
    List<Article> articles = SemanticCompareBenchmark.articles(
        Path.of(System.getProperty("parallax.seeds", "examples/data/lavrov-nightmare")), 5);
    List<Sentence> sentences = new ArrayList<>();
    for (Article a : articles) {
      sentences.addAll(blended.analyze(a).sentences());
    }
    List<String> texts = List.copyOf(new LinkedHashSet<>(sentences.stream().map(Sentence::text).toList()));
    System.out.printf("five seeds: %d sentences, %d distinct texts; %d processors; load average %.2f%n",
        sentences.size(), texts.size(), Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());

    List<Workload> workloads = List.of(
        new Workload("lexical compare", () -> lexical.compare(articles)),
        new Workload("semantic compare, vectors kept", () -> blended.compare(articles)),
        new Workload("semantic compare, unseen", () -> {
          encoder.forgetRecent();
          blended.compare(articles);
        }),
        new Workload("semantic bind, unseen", () -> {
          encoder.forgetRecent();
          semantic.bind(sentences);
        }),
        new Workload("encoder, unseen, one thread", () -> {
          for (String t : texts) {
            encoder.encode(List.of(t), 1);
          }
        }),
        new Workload("encoder, unseen, in parallel", () -> {
          encoder.forgetRecent();
          encoder.encode(texts);
        }));
    if (System.getProperty("only") != null) {
      workloads = workloads.stream().filter(w -> w.name.contains(System.getProperty("only"))).toList();
    }
    long end = System.nanoTime() + (long) (warmUp * 1e9);
    while (System.nanoTime() < end) {
      for (Workload w : workloads) {
        w.body.run();
      }
    }
    double[][] work = new double[workloads.size()][runs];
    double[][] cpu = new double[workloads.size()][runs];
    double[][] wall = new double[workloads.size()][runs];
    for (int i = 0; i < runs; i++) {
      for (int k = 0; k < workloads.size(); k++) {
        workloads.get(k).body.run();   // once unmeasured, so each measured run follows its own kind
        long w0 = workingThreadsCpu();
        long c0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        workloads.get(k).body.run();
        wall[k][i] = (System.nanoTime() - t0) / 1e6;
        cpu[k][i] = (OS.getProcessCpuTime() - c0) / 1e6;
        work[k][i] = (workingThreadsCpu() - w0) / 1e6;
      }
    }
    for (int k = 0; k < workloads.size(); k++) {
      System.out.printf("%-32s working threads' CPU median %6.1f ms p90 %6.1f | process CPU median %6.1f ms"
          + " | wall median %7.1f ms p90 %7.1f%n", workloads.get(k).name, quantile(work[k], 0.5),
          quantile(work[k], 0.9), quantile(cpu[k], 0.5), quantile(wall[k], 0.5), quantile(wall[k], 0.9));
    }
    System.out.printf("load average at the end %.2f%n", OS.getSystemLoadAverage());
  }

  /** CPU time of this thread and the common fork-join pool's workers: the work itself, without JIT and GC. */
  private static long workingThreadsCpu() {
    long sum = THREADS.getCurrentThreadCpuTime();
    for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith("ForkJoinPool.commonPool")) {
        sum += Math.max(0, THREADS.getThreadCpuTime(t.getThreadId()));
      }
    }
    return sum;
  }

  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
  }

  private record Workload(String name, Runnable body) {}
}
