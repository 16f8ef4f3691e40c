package dev.parallax.clean;

/** Why cleaning removed a run of text. Each is a general signal, not a list of known strings. */
public enum RemovalReason {
  /**
   * A line of words with no sentence shape and few stop words: icon names, menus, breadcrumbs, tag lists, and skip
   * links ("Skip to main content").
   */
  NAVIGATION,
  /** A bare link or a line that is mostly a URL or feed attribution. */
  LINK,
  /** A photo caption or credit: describes an image rather than reporting. */
  CAPTION,
  /** A teaser for another article ("read more", "related"), and the headlines listed under such a label. */
  TEASER,
  /**
   * Site furniture, wherever it stands on the page: copyright, cookie banner, share, follow and comment widgets, app
   * and podcast links, advertising labels ("Advertisement"), editors' corrections and amendment notes, and any
   * unfinished line after the last paragraph of the story.
   */
  FOOTER,
  /** Byline, role credit ({@code Editor: Name}), source credit ({@code (The Associated Press)}), dateline or timestamp. */
  BYLINE,
  /** A line repeating another line of the page (a headline repeated under the image, say). */
  DUPLICATE,
  /** Text in a script other than Latin (a language menu) inside an English page. */
  FOREIGN_SCRIPT,
  /** A leading metadata marker such as {@code date 2021-12-02}. */
  METADATA,
  /**
   * Text with no words: a line with no letter and no digit ({@code |}, {@code * * *}, {@code ———}, empty
   * image markup {@code ![]()}), the border pipes of a pasted table row, or a line of script or template code.
   */
  DECORATION,
  /**
   * Characters lost in decoding: a run of U+FFFD where the file had bytes that were not valid UTF-8, or where
   * a string or HTML entity held a lone surrogate. The replacement characters stay in the text; this removal
   * says where they are.
   */
  ENCODING
}
