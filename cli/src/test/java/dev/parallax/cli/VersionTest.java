package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionTest {
  /** A library jar of one class file holding {@code code}. */
  private static Path library(Path file, String code) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("org/example/tokens/Splitter.class"));
      zip.write(code.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  @Test
  void aLibraryUpgradedInLibChangesTheBuild(@TempDir Path dir) throws Exception {
    // A run resumed after only lib/'s tokens-1.0.jar was replaced by 1.1 must not reuse the parts 1.0 wrote.
    Path older = library(Files.createDirectories(dir.resolve("before")).resolve("tokens.jar"), "splits on spaces");
    Path newer = library(Files.createDirectories(dir.resolve("after")).resolve("tokens.jar"), "splits on hyphens too");

    assertThat(Version.build(List.of(newer))).isNotEqualTo(Version.build(List.of(older)));
  }

  @Test
  void theSameLibraryUnderAnotherNameOrFolderIsTheSameBuild(@TempDir Path dir) throws Exception {
    Path one = library(dir.resolve("tokens-1.0.jar"), "splits on spaces");
    Path copy = library(Files.createDirectories(dir.resolve("lib")).resolve("tokens.jar"), "splits on spaces");

    assertThat(Version.build(List.of(copy))).isEqualTo(Version.build(List.of(one)))
        .isNotEqualTo(Version.build(List.of()));
  }

  @Test
  void foldersAndMissingFilesOnTheClassPathAreLeftOut(@TempDir Path dir) {
    assertThat(Version.build(List.of(dir, dir.resolve("gone.jar")))).isEqualTo(Version.build(List.of()));
  }
}
