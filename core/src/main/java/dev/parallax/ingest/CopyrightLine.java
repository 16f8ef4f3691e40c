package dev.parallax.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a pasted page names in its copyright line ("© 2021 The Daily Lindby. All rights reserved.", or with the
 * year after the name, "© The Daily Lindby 2021"), for a text file that has no manifest line, or an HTML page whose
 * metadata names no site (no {@code og:site_name} nor address): its file name ({@code left.txt}) names no outlet.
 * The last such line wins, so a page's own notice under a wire's ("© 2026 Lindwire" over "© 2026 Kelby Star")
 * names the page's outlet; a manifest's outlet or a page's site name always wins over any of them. Only a line that
 * opens with the sign or the word "Copyright" among the footer's last lines is read, never a credit at the end of a
 * sentence ("(Lindwire)", ".—Lindwire").
 */
final class CopyrightLine {
  /** "© 2021 Kelby Star", "Copyright © 2019-2021 Kelby Star Inc.", "(c) 2021 Kelby Star. All rights reserved." */
  private static final Pattern LINE = Pattern.compile("(?i)^\\s*(?:copyright\\s*)?(?:©|\\(c\\))?\\s*(?:copyright\\s*)?"
      + "(?:(?:19|20)\\d{2}(?:\\s*[-\u2013]\\s*(?:19|20)?\\d{2,4})?)\\s*,?\\s+(.+?)\\s*(?:[.,;|]\\s*(?:all rights"
      + " reserved\\.?)?)?\\s*$");
  /**
   * The same notice with the year after the name: "© Kelby Star 2021", "Copyright © Kelby Star 2019-2021. All rights
   * reserved."; here the sign is required ("Copyright Act 1976" is no notice).
   */
  private static final Pattern NAME_FIRST = Pattern.compile("(?i)^\\s*(?:copyright\\s*)?(?:©|\\(c\\))\\s*"
      + "(?:copyright\\s+)?(.+?)\\s*,?\\s+(?:(?:19|20)\\d{2}(?:\\s*[-\u2013]\\s*(?:19|20)?\\d{2,4})?)\\s*"
      + "(?:[.,;|]\\s*(?:all rights reserved\\.?)?)?\\s*$");
  /** A photo agency's credit is no outlet. */
  private static final Pattern CREDIT = Pattern.compile("(?i)\\b(?:images?|photos?|photography|stock)\\b");
  /** Lines from the end of the text in which a copyright line is taken: a page's footer, not a caption above. */
  private static final int FOOTER_LINES = 15;
  private static final int MAX_WORDS = 6;
  /** Longer lines are prose, not a rights notice; the bound also keeps the pattern linear on a hostile line. */
  private static final int MAX_LINE = 200;

  /** A company's abbreviated suffix, whose period is the name's, not the sentence's: "Kelby Star Inc.". */
  private static final Set<String> SUFFIXES = Set.of("inc", "ltd", "co", "corp", "cos", "bros", "jr", "sr", "pty");
  /** An initialism whose last period the line's pattern takes for a full stop: "Kelby Media S.A.". */
  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

  private CopyrightLine() {}

  /** The outlet the last copyright line of {@code text}'s footer names, if one does. */
  static Optional<String> outletIn(String text) {
    List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
    for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - FOOTER_LINES); i--) {
      String line = lines.get(i).strip();
      if (line.length() > MAX_LINE) {
        continue;
      }
      if (!line.startsWith("©") && !line.regionMatches(true, 0, "copyright", 0, 9)
          && !line.regionMatches(true, 0, "(c)", 0, 3)) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        m = NAME_FIRST.matcher(line);
      }
      if (m.matches()) {
        String name = withAbbreviationsPeriod(
            m.group(1).replaceAll("(?i)[.,]?\\s*all rights reserved\\.?$", "").strip(), line);
        if (!name.isEmpty() && Character.isUpperCase(name.codePointAt(0)) && !CREDIT.matcher(name).find()
            && !name.regionMatches(true, 0, "copyright", 0, 9)   // "© Copyright 2021" names no one
            && name.split("\\s+").length <= MAX_WORDS) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code name} with the period that ends it in {@code line} when that period closes an abbreviation ("Kelby Star
   * Inc.", "Kelby Media S.A.") rather than the line ("Kelby Star." stays "Kelby Star").
   */
  private static String withAbbreviationsPeriod(String name, String line) {
    int at = line.indexOf(name);
    if (at < 0 || !line.startsWith(".", at + name.length())) {
      return name;
    }
    String last = name.substring(name.lastIndexOf(' ') + 1);
    boolean abbreviation = SUFFIXES.contains(last.toLowerCase(Locale.ROOT)) || INITIALISM.matcher(last).matches();
    return abbreviation ? name + "." : name;
  }
}
