package dev.parallax.embeddings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.ParallaxException;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A BERT WordPiece tokenizer in plain Java, configured by a HuggingFace {@code tokenizer.json}: it gives the
 * token ids that the HuggingFace {@code tokenizers} library gives for the same file.
 *
 * <p>The steps, each read from the json: special tokens written in the text ({@code added_tokens}, e.g.
 * {@code [MASK]}) are matched first, in the raw text; the rest goes through the {@code BertNormalizer}
 * (clean_text: drop U+0000, U+FFFD and control characters, whitespace becomes a space; handle_chinese_chars:
 * spaces around CJK ideographs; strip_accents, which follows lowercase when it is null: NFD, then drop
 * non-spacing marks; lowercase), the {@code BertPreTokenizer} (split on whitespace and isolate every
 * punctuation character: ASCII 33–47, 58–64, 91–96, 123–126 and Unicode categories P*; the character classes
 * are those of the HuggingFace library, see {@link BertCharacters}) and the
 * {@code WordPiece} model (greedy longest match first, pieces after the first carry the continuing-subword
 * prefix, a word longer than {@code max_input_chars_per_word} characters or with no split into vocabulary
 * pieces becomes the unknown token). The post-processor's template ({@code [CLS] A [SEP]}) frames the
 * pieces, which are cut from the right so that the whole fits {@code maxTokens}.
 *
 * <p>Only this configuration is supported: a file with another model type, normalizer, pre-tokenizer or
 * post-processor is refused with a {@link ParallaxException} rather than tokenized differently.
 *
 * <p>Immutable and thread-safe.
 *
 * <table>
 *   <caption>Edge cases (all-MiniLM-L6-v2's vocabulary)</caption>
 *   <tr><th>text</th><th>ids</th></tr>
 *   <tr><td>{@code ""} or only whitespace</td><td>{@code [CLS] [SEP]}</td></tr>
 *   <tr><td>{@code "Café"}</td><td>those of {@code "cafe"}</td></tr>
 *   <tr><td>a word of more than 100 characters</td><td>{@code [CLS] [UNK] [SEP]}</td></tr>
 *   <tr><td>more than 126 pieces</td><td>{@code [CLS]}, the first 126 pieces, {@code [SEP]}</td></tr>
 * </table>
 */
final class WordPieceTokenizer {
  private final Map<String, Integer> vocab;
  /** Pieces that continue a word, keyed without the continuing-subword prefix. */
  private final Map<String, Integer> continuations;
  private final int unknown;
  private final int maxInputChars;
  private final boolean cleanText;
  private final boolean chineseChars;
  private final boolean stripAccents;
  private final boolean lowercase;
  /** Added tokens matched in the raw text, longest first. */
  private final List<Special> specials;
  private final long[] head;
  private final long[] tail;
  private final int maxPieces;

  /** A token of {@code added_tokens}: its text, matched verbatim, and its id. */
  private record Special(String content, int id) {}

  private WordPieceTokenizer(Map<String, Integer> vocab, String prefix, int unknown, int maxInputChars,
      boolean[] normalizer, List<Special> specials, long[] head, long[] tail, int maxTokens) {
    this.vocab = vocab;
    this.continuations = new HashMap<>();
    vocab.forEach((piece, id) -> {
      if (piece.startsWith(prefix)) {
        continuations.put(piece.substring(prefix.length()), id);
      }
    });
    this.unknown = unknown;
    this.maxInputChars = maxInputChars;
    this.cleanText = normalizer[0];
    this.chineseChars = normalizer[1];
    this.stripAccents = normalizer[2];
    this.lowercase = normalizer[3];
    this.specials = specials;
    this.head = head;
    this.tail = tail;
    this.maxPieces = maxTokens - head.length - tail.length;
  }

  /**
   * Reads a HuggingFace {@code tokenizer.json}.
   *
   * @param json the file's content (not closed)
   * @param maxTokens the most ids {@link #encode} returns, special tokens included
   * @throws ParallaxException when the file is not a BERT WordPiece tokenizer, or is incomplete
   * @throws IOException when the json cannot be read
   */
  static WordPieceTokenizer read(InputStream json, int maxTokens) throws IOException {
    Objects.requireNonNull(json, "json");
    JsonNode root = new ObjectMapper().readTree(json);
    if (root == null || !root.isObject()) {
      throw new ParallaxException("the tokenizer file is not a JSON object");
    }
    JsonNode model = root.path("model");
    String type = model.path("type").asText("");
    if (!type.equals("WordPiece")) {
      throw new ParallaxException("the tokenizer's model is " + (type.isEmpty() ? "of no stated type" : type)
          + ", not WordPiece; only BERT WordPiece tokenizers are supported");
    }
    Map<String, Integer> vocab = new HashMap<>();
    for (Map.Entry<String, JsonNode> e : model.path("vocab").properties()) {
      vocab.put(e.getKey(), e.getValue().intValue());
    }
    if (vocab.isEmpty()) {
      throw new ParallaxException("the tokenizer's WordPiece model has no vocabulary");
    }
    String unk = required(model, "unk_token");
    Integer unknown = vocab.get(unk);
    if (unknown == null) {
      throw new ParallaxException("the tokenizer's unknown token " + unk + " is not in its vocabulary");
    }
    String prefix = model.path("continuing_subword_prefix").asText("##");
    int maxInputChars = model.path("max_input_chars_per_word").asInt(100);

    boolean[] normalizer = normalizer(root.path("normalizer"));
    String pre = root.path("pre_tokenizer").path("type").asText("");
    if (!pre.equals("BertPreTokenizer")) {
      throw new ParallaxException("the tokenizer's pre-tokenizer is " + (pre.isEmpty() ? "missing" : pre)
          + ", not BertPreTokenizer");
    }
    List<Special> specials = specials(root.path("added_tokens"));
    long[][] frame = frame(root.path("post_processor"));
    if (maxTokens <= frame[0].length + frame[1].length) {
      throw new IllegalArgumentException("maxTokens " + maxTokens + " leaves no room for a word piece");
    }
    return new WordPieceTokenizer(vocab, prefix, unknown, maxInputChars, normalizer, specials, frame[0], frame[1],
        maxTokens);
  }

  /**
   * The token ids of {@code text}: the post-processor's frame around the word pieces, at most
   * {@code maxTokens} in all (the attention mask for them is all ones).
   */
  long[] encode(String text) {
    Objects.requireNonNull(text, "text");
    int[] pieces = new int[maxPieces];
    int n = 0;
    int from = 0;
    while (from < text.length() && n < maxPieces) {
      int at = text.length();
      Special hit = null;
      if (!specials.isEmpty()) {
        for (int i = from; i < text.length() && hit == null; i++) {
          for (Special s : specials) {
            if (text.startsWith(s.content(), i)) {
              hit = s;
              at = i;
              break;
            }
          }
        }
      }
      n = words(normalize(text.substring(from, at)), pieces, n);
      if (hit != null && n < maxPieces) {
        pieces[n++] = hit.id();
      }
      from = hit == null ? at : at + hit.content().length();
    }
    long[] ids = new long[head.length + n + tail.length];
    System.arraycopy(head, 0, ids, 0, head.length);
    for (int i = 0; i < n; i++) {
      ids[head.length + i] = pieces[i];
    }
    System.arraycopy(tail, 0, ids, head.length + n, tail.length);
    return ids;
  }

  /** The BertNormalizer's steps, in its order: clean, CJK spacing, accents, lowercase. */
  String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    boolean ascii = true;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (cleanText) {
        if (c == 0 || c == 0xFFFD || BertCharacters.isControl(c)) {
          continue;
        }
        if (BertCharacters.isWhitespace(c)) {
          c = ' ';
        }
      }
      if (c >= 0x80) {
        ascii = false;
      }
      if (chineseChars && BertCharacters.isChinese(c)) {
        b.append(' ').appendCodePoint(c).append(' ');
      } else {
        b.appendCodePoint(c);
      }
    }
    if (ascii) {
      return lowercase ? lowerAscii(b) : b.toString();
    }
    String s = b.toString();
    if (stripAccents) {
      String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
      b.setLength(0);
      for (int i = 0; i < nfd.length(); ) {
        int c = nfd.codePointAt(i);
        i += Character.charCount(c);
        if (!BertCharacters.isNonSpacingMark(c)) {
          b.appendCodePoint(c);
        }
      }
      s = b.toString();
    }
    if (lowercase) {
      b.setLength(0);
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        i += Character.charCount(c);
        if (c == 0x130) {
          b.append("i\u0307"); // the one unconditional lowercase mapping to two characters
        } else {
          b.appendCodePoint(Character.toLowerCase(c));
        }
      }
      s = b.toString();
    }
    return s;
  }

  /** Splits normalized text into words (BertPreTokenizer) and appends each word's pieces at {@code n}. */
  private int words(String text, int[] pieces, int n) {
    int start = -1;
    for (int i = 0; i < text.length() && n < maxPieces; ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      if (BertCharacters.isWhitespace(c) || BertCharacters.isPunctuation(c)) {
        if (start >= 0) {
          n = pieces(text.substring(start, i), pieces, n);
          start = -1;
        }
        if (!BertCharacters.isWhitespace(c) && n < maxPieces) {
          n = pieces(text.substring(i, next), pieces, n);
        }
      } else if (start < 0) {
        start = i;
      }
      i = next;
    }
    if (start >= 0 && n < maxPieces) {
      n = pieces(text.substring(start), pieces, n);
    }
    return n;
  }

  /** Appends the WordPiece pieces of one word at {@code n}, at most up to {@code maxPieces}. */
  private int pieces(String word, int[] pieces, int n) {
    if (word.codePointCount(0, word.length()) > maxInputChars) {
      pieces[n] = unknown;
      return n + 1;
    }
    int first = n;
    int start = 0;
    while (start < word.length()) {
      Map<String, Integer> table = start == 0 ? vocab : continuations;
      int end = word.length();
      Integer id = null;
      while (start < end) {
        id = table.get(word.substring(start, end));
        if (id != null) {
          break;
        }
        end -= end - start >= 2 && Character.isLowSurrogate(word.charAt(end - 1))
            && Character.isHighSurrogate(word.charAt(end - 2)) ? 2 : 1;
      }
      if (id == null) {
        pieces[first] = unknown;
        return first + 1;
      }
      if (n < maxPieces) {
        pieces[n++] = id;
      }
      start = end;
    }
    return n;
  }

  private static String lowerAscii(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      char c = s.charAt(i);
      out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(out);
  }

  /** clean_text, handle_chinese_chars, strip_accents, lowercase; all off without a normalizer. */
  private static boolean[] normalizer(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return new boolean[4];
    }
    String type = n.path("type").asText("");
    if (!type.equals("BertNormalizer")) {
      throw new ParallaxException("the tokenizer's normalizer is " + (type.isEmpty() ? "of no stated type" : type)
          + ", not BertNormalizer");
    }
    boolean lowercase = n.path("lowercase").asBoolean(true);
    JsonNode strip = n.path("strip_accents");
    return new boolean[] {n.path("clean_text").asBoolean(true), n.path("handle_chinese_chars").asBoolean(true),
        strip.isBoolean() ? strip.booleanValue() : lowercase, lowercase};
  }

  private static List<Special> specials(JsonNode added) {
    List<Special> out = new ArrayList<>();
    for (JsonNode t : added) {
      String content = required(t, "content");
      for (String flag : List.of("single_word", "lstrip", "rstrip", "normalized")) {
        if (t.path(flag).asBoolean(false)) {
          throw new ParallaxException("the tokenizer's added token " + content + " sets " + flag
              + ", which is not supported");
        }
      }
      if (!content.isEmpty()) {
        out.add(new Special(content, t.path("id").intValue()));
      }
    }
    out.sort(Comparator.comparingInt((Special s) -> -s.content().length()));
    return List.copyOf(out);
  }

  /** The ids before and after the word pieces, from a TemplateProcessing or BertProcessing post-processor. */
  private static long[][] frame(JsonNode post) {
    if (post.isMissingNode() || post.isNull()) {
      return new long[][] {{}, {}};
    }
    String type = post.path("type").asText("");
    if (type.equals("BertProcessing")) {
      return new long[][] {{post.path("cls").path(1).longValue()}, {post.path("sep").path(1).longValue()}};
    }
    if (!type.equals("TemplateProcessing")) {
      throw new ParallaxException("the tokenizer's post-processor is " + (type.isEmpty() ? "of no stated type" : type)
          + ", not TemplateProcessing or BertProcessing");
    }
    List<Long> before = new ArrayList<>();
    List<Long> after = new ArrayList<>();
    boolean sequence = false;
    for (JsonNode piece : post.path("single")) {
      if (piece.has("Sequence")) {
        sequence = true;
        continue;
      }
      String id = required(piece.path("SpecialToken"), "id");
      JsonNode ids = post.path("special_tokens").path(id).path("ids");
      if (!ids.isArray() || ids.isEmpty()) {
        throw new ParallaxException("the tokenizer's post-processor names " + id + " without its ids");
      }
      for (JsonNode x : ids) {
        (sequence ? after : before).add(x.longValue());
      }
    }
    if (!sequence) {
      throw new ParallaxException("the tokenizer's post-processor template has no place for the text");
    }
    return new long[][] {before.stream().mapToLong(Long::longValue).toArray(),
        after.stream().mapToLong(Long::longValue).toArray()};
  }

  private static String required(JsonNode node, String field) {
    JsonNode v = node.path(field);
    if (!v.isTextual()) {
      throw new ParallaxException("the tokenizer file has no " + field + " where expected");
    }
    return v.textValue();
  }

  @Override
  public String toString() {
    return "WordPieceTokenizer[vocab=" + vocab.size() + ", frame=" + Arrays.toString(head) + "+"
        + Arrays.toString(tail) + "]";
  }
}
