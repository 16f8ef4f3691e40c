package dev.parallax.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.parallax.ParallaxException;
import dev.parallax.analyze.Sentence;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pure-Java tokenizer gives the ids of the HuggingFace tokenizer (DJL's binding of the Rust library, a
 * test dependency only) for the same {@code tokenizer.json}.
 */
class WordPieceTokenizerTest {
  static final String RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
  static final WordPieceTokenizer TOKENIZER = read(RESOURCE);

  /** Texts that exercise each step of the BertNormalizer, the pre-tokenizer, WordPiece and truncation. */
  static Stream<String> hardCases() {
    return Stream.of(
        "", " ", "  \t\n\r  ", "\u00A0\u2003\u3000",
        "café Zürich naïve", "Ångström, façade, São Paulo, Dvořák, Łódź", "CAFÉ ZÜRICH NAÏVE",
        "e\u0301 combining acute", "İstanbul ΣΊΣΥΦΟΣ ß ﬁ Ⅻ",
        "“Russia’s denial” — ‘nightmare’ – «quoted» … ‹x›",
        "Russia's troops, Russia’s troops, rock 'n' roll",
        "中国 and 日本語 mixed with English 한국어 テスト",
        "emoji 😀👍🏽 ❤️ 🇺🇦 🫠 and a family 👨‍👩‍👧",
        "control\u0000chars\u0007here\u001B[31m\uFFFD\u200Bzero\u200Dwidth\u00ADsoft\u0085nel\u000Bvt\u000Cff",
        "private use \uE000 and a lone \uD83D surrogate",
        "a".repeat(150), "b".repeat(100), "c".repeat(101), "antidisestablishmentarianism".repeat(4),
        "more than 90,000 troops; 3.5% inflation; $1.2bn; 10:30 a.m.; 1/2; 2022-01-14; #1; 50°C; 5×5=25",
        "https://www.example.com/path?x=1&y=2#frag and user@example.org",
        "[CLS] special [SEP] tokens [MASK] in [UNK] text [PAD] and [unk] [cls]",
        "Lavrov said:\"The nightmarish scenario of military confrontation is returning.\"",
        "Zelensky's “we are not afraid” — 2022 © ® ™ § ¶ † ‡ • ′ ″ ‰ € £ ¥ ₽",
        longText());
  }

  private static String longText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      b.append("Russia's Foreign Minister Sergei Lavrov, speaking in Stockholm (").append(i).append("), ");
    }
    return b.toString();
  }

  @ParameterizedTest
  @MethodSource("hardCases")
  void hardCasesTokenizeAsHuggingFaceDoes(String text) {
    try (HuggingFaceTokenizer reference = reference(RESOURCE)) {
      assertThat(TOKENIZER.encode(text)).as(text).containsExactly(reference.encode(text).getIds());
    }
  }

  @Test
  void seedSentencesTokenizeAsHuggingFaceDoes() {
    List<String> texts = new ArrayList<>();
    for (Sentence s : Shared.SEEDS.sentences) {
      texts.add(s.text());
    }
    assertThat(texts).hasSizeGreaterThan(100);
    try (HuggingFaceTokenizer reference = reference(RESOURCE)) {
      assertThat(mismatches(texts, reference)).isEmpty();
    }
  }

  @Test
  void pairDataSentencesTokenizeAsHuggingFaceDoes() {
    Path data = PairCorpus.sharedData().orElse(null);
    Assumptions.assumeTrue(data != null, "shared data (parallax.sharedData) is absent");
    List<String> texts = pairSentences(data);
    try (HuggingFaceTokenizer reference = reference(RESOURCE)) {
      assertThat(mismatches(texts, reference)).isEmpty();
    }
    System.out.println("WordPieceTokenizerTest: " + texts.size() + " MSRP and STS-B sentences tokenized alike");
  }

  @Test
  void everyCodePointTokenizesAsHuggingFaceDoes() {
    // Each code point inside a word and alone, twenty code points per text: whether it is dropped, split off,
    // stripped of its accent or lowercased shows in the ids.
    List<String> texts = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      b.append("xa").appendCodePoint(c).append("b ").appendCodePoint(c).append(' ');
      if (c % 20 == 19 || c == Character.MAX_CODE_POINT) {
        texts.add(b.toString());
        b.setLength(0);
      }
    }
    try (HuggingFaceTokenizer reference = reference(RESOURCE)) {
      assertThat(mismatches(texts, reference)).isEmpty();
    }
  }

  @Test
  void randomUnicodeTokenizesAsHuggingFaceDoes() {
    // Seeded, so the texts are the same on every run: words of ASCII letters mixed with code points drawn
    // from the whole Unicode range (assigned or not), spaces and punctuation. No lone surrogates: a text with
    // one is not valid UTF-16, and DJL then passes the whole text to Rust in a form where every supplementary
    // character is lost, which is not the library's behaviour but the binding's.
    Random random = new Random(20261127);
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 3000; t++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(6);
        int c = kind == 0 ? random.nextInt(0x80)
            : kind == 1 ? random.nextInt(0x3000)
            : kind == 2 ? random.nextInt(0x10000)
            : kind == 3 ? random.nextInt(0x110000)
            : kind == 4 ? ' '
            : 'a' + random.nextInt(26);
        if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
          b.appendCodePoint(c);
        }
      }
      texts.add(b.toString());
    }
    try (HuggingFaceTokenizer reference = reference(RESOURCE)) {
      assertThat(mismatches(texts, reference)).isEmpty();
    }
  }

  @Test
  void emptyTextIsOnlyTheFrame() {
    assertThat(TOKENIZER.encode("")).containsExactly(101, 102);
    assertThat(TOKENIZER.encode(" \n\t")).containsExactly(101, 102);
  }

  @Test
  void accentsAndCaseAreFolded() {
    assertThat(TOKENIZER.encode("Café Zürich")).containsExactly(TOKENIZER.encode("cafe zurich"));
  }

  @Test
  void overlongWordIsUnknown() {
    assertThat(TOKENIZER.encode("x".repeat(101))).containsExactly(101, 100, 102);
  }

  @Test
  void longTextKeepsItsFirstPiecesInsideTheFrame() {
    long[] ids = TOKENIZER.encode("word ".repeat(300));
    assertThat(ids).hasSize(OnnxEncoder.MAX_TOKENS);
    assertThat(ids[0]).isEqualTo(101);
    assertThat(ids[ids.length - 1]).isEqualTo(102);
    assertThat(Arrays.copyOfRange(ids, 1, ids.length - 1)).containsOnly(TOKENIZER.encode("word")[1]);
  }

  @Test
  void aTokenizerThatIsNotWordPieceIsRefused() {
    String bpe = "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": []}}";
    assertThatThrownBy(() -> WordPieceTokenizer.read(stream(bpe), 128))
        .isInstanceOf(ParallaxException.class)
        .hasMessageContaining("BPE")
        .hasMessageContaining("not WordPiece");
  }

  @Test
  void aNormalizerOtherThanBertIsRefused() {
    String json = "{\"normalizer\": {\"type\": \"NFKC\"}, \"pre_tokenizer\": {\"type\": \"BertPreTokenizer\"},"
        + " \"model\": {\"type\": \"WordPiece\", \"unk_token\": \"[UNK]\", \"vocab\": {\"[UNK]\": 0}}}";
    assertThatThrownBy(() -> WordPieceTokenizer.read(stream(json), 128))
        .isInstanceOf(ParallaxException.class)
        .hasMessageContaining("NFKC");
  }

  @Test
  void anUnknownTokenOutsideTheVocabularyIsRefused() {
    String json = "{\"pre_tokenizer\": {\"type\": \"BertPreTokenizer\"},"
        + " \"model\": {\"type\": \"WordPiece\", \"unk_token\": \"[UNK]\", \"vocab\": {\"a\": 0}}}";
    assertThatThrownBy(() -> WordPieceTokenizer.read(stream(json), 128))
        .isInstanceOf(ParallaxException.class)
        .hasMessageContaining("[UNK]");
  }

  /** The texts whose ids differ, each with both id lists. */
  static List<String> mismatches(List<String> texts, HuggingFaceTokenizer reference) {
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      long[] ours = TOKENIZER.encode(t);
      long[] theirs = reference.encode(t).getIds();
      if (!Arrays.equals(ours, theirs)) {
        out.add(t + "\n  ours:   " + Arrays.toString(ours) + "\n  theirs: " + Arrays.toString(theirs));
      }
    }
    return out;
  }

  /** Both sentences of every MSRP and STS-B training pair. */
  static List<String> pairSentences(Path data) {
    List<String> out = new ArrayList<>(sentencesOf(data.resolve("msrp/train.tsv")));
    out.addAll(sentencesOf(data.resolve("stsb/train.tsv")));
    return out;
  }

  /** Both sentences of every pair of a TSV file with columns {@code id a b ...} and a header line. */
  static List<String> sentencesOf(Path tsv) {
    List<String> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split("\t", -1);
        if (f.length >= 3) {
          out.add(f[1]);
          out.add(f[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** DJL's HuggingFace tokenizer as the old encoder configured it; skips the test where its native code is missing. */
  static HuggingFaceTokenizer reference(String resource) {
    try (InputStream in = OnnxEncoder.class.getResourceAsStream(resource)) {
      return HuggingFaceTokenizer.newInstance(in,
          Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(OnnxEncoder.MAX_TOKENS)));
    } catch (IOException | RuntimeException | LinkageError e) {
      Assumptions.abort("the reference tokenizer cannot run here: " + e);
      throw new AssertionError(e);
    }
  }

  static WordPieceTokenizer read(String resource) {
    try (InputStream in = OnnxEncoder.class.getResourceAsStream(resource)) {
      return WordPieceTokenizer.read(in, OnnxEncoder.MAX_TOKENS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
