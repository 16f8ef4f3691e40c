package dev.parallax.internal;

import dev.parallax.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * What identifies one version of a file: its size, modification time and file key (inode), when known. Readers
 * that read a file again later compare its stamps to notice that it changed in between. Internal: not part of
 * the API.
 *
 * @param size the size in bytes
 * @param modified the last modification time
 * @param key the file key, or null where the file system has none
 */
public record FileStamp(long size, FileTime modified, Object key) {
  /** The stamp of {@code file} now; an unreadable file is {@link InvalidInputException} naming it. */
  public static FileStamp of(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey());
    } catch (IOException e) {
      throw new InvalidInputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }
}
