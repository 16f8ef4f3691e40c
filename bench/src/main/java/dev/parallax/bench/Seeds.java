package dev.parallax.bench;

import dev.parallax.ingest.Article;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The five seed articles of {@code examples/data/lavrov-nightmare/}, read exactly as {@code parallax compare}
 * reads them (manifest, date markers, pasted pages). They are packed into the benchmark jar, so benchmarks
 * run from any folder.
 */
public final class Seeds {
  private static final String ROOT = "/dev/parallax/bench/seeds/";

  private Seeds() {}

  /** The five seeds, in manifest order. */
  public static List<Article> load() {
    try {
      Path dir = Files.createTempDirectory("parallax-seeds");
      dir.toFile().deleteOnExit();
      String manifest = resource("MANIFEST.tsv");
      Path manifestPath = write(dir, "MANIFEST.tsv", manifest);
      String[] lines = manifest.split("\n");
      for (int i = 1; i < lines.length; i++) {
        String file = lines[i].split("\t", -1)[0].trim();
        if (!file.isEmpty()) {
          write(dir, file, resource(file));
        }
      }
      return ArticleReader.withManifest(manifestPath).readManifestFiles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code n} seeds (n at most 5). */
  public static List<Article> first(int n) {
    return new ArrayList<>(load().subList(0, n));
  }

  private static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    p.toFile().deleteOnExit();
    return p;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Seeds.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IOException("seed " + name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
