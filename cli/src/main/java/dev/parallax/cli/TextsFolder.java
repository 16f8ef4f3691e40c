package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import dev.parallax.ingest.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@code --texts DIR}: each article's text as Parallax read it, the text every offset of the JSON report counts in,
 * one file per article named by its id ({@code DIR/gazette.txt} for {@code gazette.html}). For a text file it is the
 * file's content; for an HTML page it is the page's text as extracted, which a program reading the report cannot
 * get otherwise. The folder is made when missing; files of the same names in it are replaced. Stateless.
 */
final class TextsFolder {
  private TextsFolder() {}

  /**
   * Refuses, before any work, a folder that cannot take the texts: a file that is not a folder, a folder whose parent
   * is missing, or the folder of an article given, where the texts would be read as articles by the next run.
   */
  static void check(Path dir, Collection<Path> inputs) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new InvalidInputException(dir + ": is not a folder; --texts names a folder for the articles' texts");
    }
    Path parent = dir.toAbsolutePath().normalize().getParent();
    if (!Files.isDirectory(dir) && parent != null && !Files.isDirectory(parent)) {
      throw new InvalidInputException(dir + ": " + Outputs.missingFolder(parent));
    }
    for (Path in : inputs) {
      Path folder = in.toAbsolutePath().normalize().getParent();
      if (folder != null && Files.isDirectory(dir) && Outputs.sameFile(folder, dir)) {
        throw new InvalidInputException(dir + ": holds the articles given (" + in + "); their texts written there"
            + " would be read as articles by the next run: name another folder for --texts");
      }
    }
  }

  /**
   * The files to write, {@code DIR/<id>.txt} for each article, the folder made when missing; a file there that is one
   * of the inputs (a link to an article) is refused, never written through.
   */
  static List<Outputs.Target> targets(Path dir, List<Article> articles, Collection<Path> inputs) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InvalidInputException(dir + ": cannot make the folder (" + Outputs.reason(e) + ")", e);
    }
    List<Outputs.Target> out = new ArrayList<>();
    for (Article a : articles) {
      Path file = dir.resolve(a.id() + ".txt");
      for (Path in : inputs) {
        if (Outputs.sameFile(file, in)) {
          throw new InvalidInputException(file + ": is one of the inputs (" + in + "); refusing to overwrite it");
        }
      }
      out.add(new Outputs.Target(file.toString(), a.text()));
    }
    return out;
  }
}
