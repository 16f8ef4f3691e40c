package dev.parallax.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.InvalidInputException;
import dev.parallax.corpus.JsonLinesArticles;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measures the CPU a feed line's check costs the Spark job's reader ({@code FeedLines}), one thread, warm: the 39th
 * session's way (the in-process {@code JsonLinesArticles.parse}, then the line parsed again as a JSON tree for the
 * row's fields) against the line read once ({@code JsonLinesArticles.fields}, then {@code Fields.article} for the
 * same checks). Each round runs both over every line of FEED; Hadoop's reading and Spark's rows are not in it.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.parallax.bench.FeedLineProbe FEED.jsonl [ROUNDS]
 * </pre>
 */
public final class FeedLineProbe {
  private static final String[] FIELDS = {"id", "outlet", "published", "url", "title", "text", "html"};

  private FeedLineProbe() {}

  /** Runs the probe; see the class comment. */
  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    var bean = ManagementFactory.getThreadMXBean();
    ObjectMapper mapper = new ObjectMapper();
    long kept = 0;   // read from the results, so that no step is left out as unused
    for (int round = 0; round < rounds; round++) {
      for (boolean once : new boolean[] {false, true}) {
        long start = bean.getCurrentThreadCpuTime();
        int bad = 0;
        for (int i = 0; i < lines.size(); i++) {
          String text = lines.get(i);
          if (text.isBlank()) {
            continue;
          }
          String where = "feed.jsonl:" + (i + 1);
          try {
            if (once) {
              JsonLinesArticles.Fields f = JsonLinesArticles.fields(text, where);
              kept += f.article(where).text().length() + f.url().length();
            } else {
              kept += JsonLinesArticles.parse(text, where).text().length();
              JsonNode node = mapper.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
              for (String field : FIELDS) {
                JsonNode v = node.get(field);
                kept += v == null || v.isNull() ? 0 : v.asText().length();
              }
            }
          } catch (InvalidInputException e) {
            bad++;
          }
        }
        double ms = (bean.getCurrentThreadCpuTime() - start) / 1e6 / lines.size();
        System.out.printf(Locale.ROOT, "round %d, %s: %.4f ms of CPU a line (%,d lines, %d hold no article)%n", round,
            once ? "read once" : "parse, then a JSON tree", ms, lines.size(), bad);
      }
    }
    System.out.println("(" + kept + ")");
  }
}
