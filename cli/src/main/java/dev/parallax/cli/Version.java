package dev.parallax.cli;

import com.google.common.hash.Funnels;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import com.google.common.io.MoreFiles;
import dev.parallax.Parallax;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
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
   * the order of its path). Every build between two releases has the version {@code 0.1.0-SNAPSHOT}; the digest
   * changes with any class, model or lexicon of those files, and is the same for every run of one build. Reads the
   * files (about 10 MB) on each call: call it once a run. Where a class was not loaded from a file (a class loader
   * that gives no location), the version stands alone, as before the 41st session.
   */
  static String build() {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return current() + "+" + digest.hash().toString().substring(0, 16);
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
