package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Which formats the first bytes of a file tell, one row of the class's table per test. */
class FileFormatTest {
  private static Optional<FileFormat> of(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return FileFormat.of(b);
  }

  private static Optional<FileFormat> of(String latin1) {
    return FileFormat.of(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A ZIP file holding {@code names}, each with a line of text, as an office program writes its parts. */
  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String name : names) {
        z.putNextEntry(new ZipEntry(name));
        z.write(("<part>The ferry strike in Ostvik ended on Thursday.</part>").getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void pdf() {
    assertThat(of("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n")).contains(FileFormat.PDF);
    assertThat(FileFormat.PDF.description()).isEqualTo("a PDF: copy its text out into a .txt file");
  }

  @Test
  void images() {
    assertThat(of(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')).contains(FileFormat.PNG);
    assertThat(of(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F')).contains(FileFormat.JPEG);
    assertThat(of("GIF89a\u0001\u0000")).contains(FileFormat.GIF);
    assertThat(of("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ")).contains(FileFormat.WEBP);
    assertThat(of('I', 'I', '*', 0, 8, 0, 0, 0)).contains(FileFormat.TIFF);
    assertThat(FileFormat.PNG.description()).isEqualTo("a PNG image, not an article's text");
  }

  @Test
  void officeDocumentsAreToldFromOtherZipFilesByTheirParts() throws IOException {
    assertThat(FileFormat.of(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"))).contains(FileFormat.WORD);
    assertThat(FileFormat.of(zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"))).contains(FileFormat.OFFICE);
    assertThat(FileFormat.of(zip("lindby.txt", "ostvik.txt"))).contains(FileFormat.ZIP);
    assertThat(of(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0)).contains(FileFormat.OLD_OFFICE);
    assertThat(FileFormat.WORD.description()).startsWith("a Word document (.docx): save it as plain text");
  }

  @Test
  void openDocumentAndEpubNameTheirKindInTheirFirstEntry() {
    assertThat(of("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0000\u0000mimetypeapplication/vnd.oasis.opendocument.text"))
        .contains(FileFormat.OPEN_DOCUMENT);
    assertThat(of("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0000\u0000mimetypeapplication/epub+zip"))
        .contains(FileFormat.EPUB);
  }

  @Test
  void archives() {
    assertThat(of(0x1F, 0x8B, 0x08, 0, 0, 0)).contains(FileFormat.GZIP);
    assertThat(of('7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4)).contains(FileFormat.SEVEN_ZIP);
    assertThat(of('R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0)).contains(FileFormat.RAR);
  }

  @Test
  void rtfAfterWhiteSpaceOrAByteOrderMark() {
    assertThat(of("{\\rtf1\\ansi Ferry strike ends}")).contains(FileFormat.RTF);
    assertThat(of("\u00EF\u00BB\u00BF\n  {\\rtf1\\ansi Ferry strike ends}")).contains(FileFormat.RTF);
    assertThat(FileFormat.of("\uFEFF {\\rtf1\\ansi Ferry strike ends}")).contains(FileFormat.RTF);
  }

  @Test
  void textThatBeginsAsAFormatDoesIsText() {
    assertThat(of("PK Lindby won the regional cup on Sunday.")).isEmpty();
    assertThat(of("GIF artists met in Ostvik on Sunday.")).isEmpty();
    assertThat(of("RIFF raff: the Ostvik council argued for hours.")).isEmpty();
    assertThat(of("The union sent an RTF file, {\\rtf1 and all}, the board said.")).isEmpty();
    assertThat(of("<!DOCTYPE html><html><body><p>The ferry strike ended.</p></body></html>")).isEmpty();
    assertThat(of()).isEmpty();
  }

  @Test
  void aStringOfAFilesBytesReadAsUtf8IsStillTheFile() {
    // 0x89 and 0xE2 are not valid UTF-8 on their own: a decoder puts U+FFFD in their place
    String png = new String(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, StandardCharsets.UTF_8);
    assertThat(png).startsWith("\uFFFDPNG");
    assertThat(FileFormat.of(png)).contains(FileFormat.PNG);
    // read as Windows-1252, a JPEG's first bytes are three letters that stand for those bytes
    assertThat(FileFormat.of("\u00FF\u00D8\u00FF\u00E0")).contains(FileFormat.JPEG);
    assertThat(FileFormat.of("Lindby")).isEmpty();
    // but three letters of another script, or three replaced bytes alone, are no JPEG's first bytes
    assertThat(FileFormat.of("\u6797\u5fb7\u6e2f\u7684\u6e21\u8f6e\u5468\u4e00\u6062\u590d")).isEmpty();
    assertThat(FileFormat.of("\uFFFD\uFFFD\uFFFD Lindby ferry")).isEmpty();
  }
}
