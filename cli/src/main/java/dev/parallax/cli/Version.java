package dev.parallax.cli;

import com.google.common.hash.Funnels;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.io.MoreFiles;
import dev.parallax.Parallax;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import picocli.CommandLine.IVersionProvider;

/** The project version, written into {@code version.properties} by the build. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"parallax " + current()};
  }

  /** The version of this build ({@code 0.1.0-SNAPSHOT}). */
  static String current() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the command-line jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What tells this build's code from another's, for the keys of {@code parallax corpus}'s kept results: the version
   * and a digest of the files the core's and the command's classes are loaded from (the one jar of {@code
   * parallax.jar}, the two jars of the distribution's {@code lib/}, or class folders, every file of which is read in
   * the order of its path) and of the other jars on the class path (the libraries of the distribution's {@code lib/}:
   * OpenNLP, Guava, Jackson, picocli and the rest), so that a run resumed after a library was upgraded compares again
   * (42nd session: before, only the core's and the command's files counted). A library counts by the table of contents
   * of its jar (each entry's name, size and CRC-32), read without the entries themselves: its name does not count, a
   * changed class does. Every build between two releases has the version {@code 0.1.0-SNAPSHOT}; the digest changes
   * with any class, model or lexicon of those files, and is the same for every run of one build. Reads the core's and
   * the command's files (about 10 MB) on each call: call it once a run. Where a class was not loaded from a file (a
   * class loader that gives no location), the version and the libraries stand alone.
   */
  static String build() {
    List<Path> libraries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        libraries.add(Path.of(entry));
      }
    }
    return build(libraries);
  }

  /**
   * As {@link #build()}, with {@code classPath} for the class path: the jars of it (in its order) that are not where the
   * core's or the command's classes come from are read by their table of contents; folders and missing files are passed
   * over.
   */
  static String build(List<Path> classPath) {
    Set<Path> code = new LinkedHashSet<>();   // parallax.jar holds both
    for (Class<?> c : List.of(Parallax.class, Version.class)) {
      codeOf(c).ifPresent(code::add);
    }
    Hasher digest = Hashing.sha256().newHasher().putString(current(), StandardCharsets.UTF_8);
    try (OutputStream sink = Funnels.asOutputStream(digest)) {
      for (Path p : code) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
              digest.putString(p.relativize(f).toString().replace('\\', '/'), StandardCharsets.UTF_8);
              MoreFiles.asByteSource(f).copyTo(sink);
            }
          }
        } else {
          MoreFiles.asByteSource(p).copyTo(sink);
        }
      }
      for (Path jar : classPath) {
        if (Files.isRegularFile(jar) && code.stream().noneMatch(c -> sameFile(c, jar))) {
          tableOfContents(jar, digest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return current() + "+" + digest.hash().toString().substring(0, 16);
  }

  /** Adds the name, size and CRC-32 of each entry of {@code jar} to {@code digest}; a file that is no zip, its bytes. */
  private static void tableOfContents(Path jar, Hasher digest) throws IOException {
    digest.putByte((byte) 0);
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        digest.putString(e.getName(), StandardCharsets.UTF_8).putLong(e.getSize()).putLong(e.getCrc());
      }
    } catch (ZipException notAZip) {
      try (OutputStream sink = Funnels.asOutputStream(digest)) {
        MoreFiles.asByteSource(jar).copyTo(sink);
      }
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** The jar or class folder {@code c} was loaded from; empty when its class loader does not say. */
  private static Optional<Path> codeOf(Class<?> c) {
    CodeSource source = c.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    try {
      Path p = Path.of(source.getLocation().toURI());
      return Files.exists(p) ? Optional.of(p) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }
}
