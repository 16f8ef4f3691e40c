package dev.parallax.cli;

import dev.parallax.InvalidInputException;
import dev.parallax.PairScore;
import dev.parallax.TextPair;
import dev.parallax.ingest.ArticleReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parallax pairs}: score text pairs with the similarity that {@code compare} aligns with. */
@Command(
    name = "pairs",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
        "Score pairs of sentences or short passages with the similarity the aligner uses.",
        "Input: a TSV with a header and columns id, a, b (others ignored). "
            + "Output: a TSV with columns id, score (0 to 1) and same (1 when the score reaches the aligner's threshold).",
        "Each text is analyzed on its own and its sentences are scored as one passage.",
        "Word weights come from all the texts of the table, as compare weighs words over all its articles: a pair scores"
            + " the same in any order of the rows, but may score otherwise in another table (score together the pairs"
            + " you compare with each other).",
        "The table is UTF-8 or UTF-16 text of English pairs; a table whose texts do not look like English is refused."
    })
final class PairsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--in", paramLabel = "FILE", description = "Pairs to score, or - for standard input (the default).")
  String in = "-";

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the scores, or - for standard output (the default).")
  String out = "-";

  @Mixin
  SimilarityOption similarity;

  @Override
  public Integer call() {
    String source = in.equals("-") ? "<stdin>" : in;
    List<TextPair> pairs = PairTable.parse(read(), source);
    List<PairScore> scores;
    try {
      scores = similarity.parallax().scorePairs(pairs);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(source + ": " + e.getMessage(), e);   // the texts' fault: name their table
    }
    String table = PairTable.format(scores);
    if (out.equals("-")) {
      PrintWriter w = spec.commandLine().getOut();
      w.print(table);
      w.flush();
    } else {
      Path target = Path.of(out);
      Outputs.requireNotInput(target, in.equals("-") ? List.of() : List.of(Path.of(in)));
      Outputs.writeAtomically(target, table);
    }
    return 0;
  }

  private String read() {
    try {
      byte[] bytes;
      if (in.equals("-")) {
        bytes = readAtMost(System.in, "<stdin>", false);
      } else {
        Path p = Path.of(in);
        if (Files.isDirectory(p)) {
          throw new InvalidInputException(in + ": is a directory; give a TSV file");
        }
        try (InputStream file = Files.newInputStream(p)) {
          bytes = readAtMost(file, in, Files.isRegularFile(p));
        }
      }
      return decode(bytes);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(in + ": no such file", e);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException((in.equals("-") ? "<stdin>" : in) + ": not UTF-8 or UTF-16 text; save the table"
          + " as UTF-8", e);
    } catch (IOException e) {
      throw new InvalidInputException(in + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The text of a table's bytes: UTF-16 when they open with its byte-order mark or, without one, hold a zero byte in
   * every other position of their start (a table saved as "Unicode" by a spreadsheet or an editor); else UTF-8.
   *
   * <table>
   *   <caption>What the bytes are read as</caption>
   *   <tr><th>bytes</th><th>text</th></tr>
   *   <tr><td>{@code FF FE} or {@code FE FF} first</td><td>UTF-16 LE or BE, the mark dropped</td></tr>
   *   <tr><td>a zero byte at every odd (even) position of the first line</td><td>UTF-16 LE (BE)</td></tr>
   *   <tr><td>anything else</td><td>UTF-8; a malformed sequence is refused</td></tr>
   * </table>
   */
  static String decode(byte[] bytes) throws CharacterCodingException {
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (zeroEvery(bytes, 1)) {
      charset = StandardCharsets.UTF_16LE;
    } else if (zeroEvery(bytes, 0)) {
      charset = StandardCharsets.UTF_16BE;
    }
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
        .toString();
  }

  /**
   * Whether the bytes of the first line (up to 200 characters) hold a zero at every position of the parity of
   * {@code from} and none at the others: ASCII text in UTF-16 without a byte-order mark. A header line of at least two
   * characters is needed.
   */
  private static boolean zeroEvery(byte[] bytes, int from) {
    int n = Math.min(bytes.length - bytes.length % 2, 400);
    int pairs = 0;
    for (int i = 0; i + 1 < n; i += 2) {
      byte zero = bytes[i + from];
      byte other = bytes[i + 1 - from];
      if (zero != 0 || other == 0) {
        return false;
      }
      pairs++;
      if (other == '\n') {
        break;
      }
    }
    return pairs >= 2;
  }

  /**
   * The bytes of {@code input}, refusing more than {@link ArticleReader#DEFAULT_MAX_BYTES}, the limit of one article
   * file, counted as they arrive (so standard input and a device stop at it too): a table of pairs is held whole and
   * every text analyzed, so an unbounded input would grow the memory without end.
   */
  static byte[] readAtMost(InputStream input, String where, boolean regularFile) throws IOException {
    long limit = ArticleReader.DEFAULT_MAX_BYTES;
    byte[] bytes = input.readNBytes((int) limit + 1);
    if (bytes.length > limit) {
      String max = String.format(Locale.ROOT, "%,d bytes", limit);
      throw new InvalidInputException(where + ": " + (regularFile
          ? String.format(Locale.ROOT, "%,d bytes", Files.size(Path.of(where))) + ", more than the limit of " + max
          : "more than the limit of " + max + " (read from standard input, a device or a pipe)")
          + " for one table of pairs; split it into smaller tables");
    }
    return bytes;
  }
}
