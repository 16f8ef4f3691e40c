package dev.parallax.clean;

/** One line of a page (or a hard-wrapped run of lines, or a piece cut from one), with its verdict. */
final class PageLine {
  final int start;
  final int end;
  final boolean gapBefore;
  final BlockKind fixedKind;
  LineShape shape;
  RemovalReason reason;
  BlockKind kind = BlockKind.STORY;
  int dupOf = -1;
  boolean hasLaterDup;
  /** Index of the physical line this one was cut from (a table border, a trailing credit), for merging. */
  int physical;
  /** One of several pieces of one physical line: never merged with the next line. */
  boolean piece;
  /** The kind of credit cut from the end of this line, or null. */
  Credits.Kind credit;
  /**
   * An item of a key-points box pasted without its bullets ("Key points" over three lines that sum up the story):
   * read as a list item ({@link Page#isBullet}), so never the headline and kept as a bulleted item is.
   */
  boolean keyPoint;
  /** A heading of a timeline in the story ("9.40pm", "Tuesday (July 5)"): kept, and read past as a label. */
  boolean timelineHeading;
  /**
   * A picture's caption found whole, alt text and caption together ({@link GluedCopyPass}): the other lines of
   * its paragraph are not the picture's.
   */
  boolean wholeCaption;
  /**
   * The rest of a paragraph cut by an advertising label ({@link LineSplitter}): the line before the label is
   * judged with this one's words, so this one is not counted again as a paragraph of its own.
   */
  boolean restOfCutParagraph;

  PageLine(int start, int end, boolean gapBefore, BlockKind fixedKind) {
    this.start = start;
    this.end = end;
    this.gapBefore = gapBefore;
    this.fixedKind = fixedKind;
  }

  boolean kept() {
    return reason == null;
  }

  /** Kept and still open to the rules: not content the caller or an earlier rule fixed. */
  boolean open() {
    return reason == null && fixedKind == null && kind == BlockKind.STORY;
  }
}
