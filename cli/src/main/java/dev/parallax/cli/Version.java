package dev.parallax.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
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
}
