package dev.parallax.compare;

import java.util.Set;

/**
 * The word a written form is an inflection of, as a key: two forms get one key when they are inflections of one word
 * ("school", "schools"; "deny", "denies", "denied", "denying"; "stop", "stopped") or one is the other made a noun of
 * its act or quality, or an adverb ("announce", "announcement"; "secure", "security"; "kind", "kindness"; "public",
 * "publicly"), and different keys when the stemmer cuts two different words to one stem ("responses" and
 * "responsibly", both {@code respons}; "organ" and "organized"; "nation" and "national").
 *
 * <p>The key is the stem when what the form adds to it is an inflection (nothing, "e", "s", "es", "ed", "d", "ing", a
 * consonant doubled before "ed" or "ing", "y" where the stem ends in "i") or one of the plain endings "-ment",
 * "-ness", "-ity", "-ish" and "-ly" (and "-ally" after "-ic"; "-ily" after an adjective in "-y": "easily" keys
 * as "easy", {@code easi}); otherwise the stem and what the form adds, without its inflection and plain endings
 * ("responsibly", "responsible" and "responsibility" {@code respons~ibl}, "organizations" {@code organ~ization}). A
 * form the stemmer changed irregularly ("skies" to {@code sky}) keeps the stem.
 *
 * <table>
 *   <caption>forms and their keys</caption>
 *   <tr><td>"responses", "response"</td><td>{@code respons}</td></tr>
 *   <tr><td>"responsibly", "responsible"</td><td>{@code respons~ibl}</td></tr>
 *   <tr><td>"study", "studies", "studied", "studying"</td><td>{@code studi}</td></tr>
 *   <tr><td>"announce", "announcing", "announcement"</td><td>{@code announc}</td></tr>
 *   <tr><td>the empty string, with the empty stem</td><td>the empty string</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 */
final class Inflections {
  /** What an inflection adds to a stem, as the Snowball stemmer leaves it. */
  private static final Set<String> ENDINGS = Set.of("", "e", "s", "es", "ed", "d", "ing", "eing", "'s", "s'", "es'");

  private Inflections() {}

  /**
   * The key of a written form (lower case, as a token's {@code norm}) with its stem: the stem itself for an inflection
   * of the stem's word, {@code stem~ending} for a derived word.
   */
  static String key(String form, String stem) {
    String key = inflectionKey(form, stem);
    if (stem.length() > ADVERB_STEM.length() + 1 && stem.endsWith(ADVERB_STEM)) {
      // the stemmer keeps the "li" of an adverb in "-ily" ("easily" to "easili", "easy" to "easi"): without it the
      // adverb keys as its adjective, as "publicly" does as "public"; every form of such a stem loses it alike
      // ("family" and "families" both "fami")
      return stem.substring(0, stem.length() - 2) + key.substring(stem.length());
    }
    return key;
  }

  /** The stem of an adverb in "-ily" as the stemmer writes it: its adjective's stem ("easi") and "li". */
  private static final String ADVERB_STEM = "ili";

  /** {@link #key} before an adverb's "li" is taken off its stem: always {@code stem} or {@code stem~ending}. */
  private static String inflectionKey(String form, String stem) {
    if (stem.isEmpty() || form.equals(stem)) {
      return stem;
    }
    int p = 0;
    while (p < form.length() && p < stem.length() && form.charAt(p) == stem.charAt(p)) {
      p++;
    }
    String rest;
    if (p == stem.length()) {
      rest = form.substring(p);
    } else if (p == stem.length() - 1 && stem.charAt(p) == 'i' && form.charAt(p) == 'y') {
      rest = form.substring(p + 1); // "study" for the stem "studi": the y the stemmer wrote as i
    } else {
      return stem; // the stemmer's own exceptions ("skies" to "sky", "dying" to "die")
    }
    if (rest.length() >= 3 && p > 0 && rest.charAt(0) == form.charAt(p - 1) && isConsonant(rest.charAt(0))
        && ENDINGS.contains(rest.substring(1))) {
      rest = rest.substring(1); // "stopped", "planning": the consonant doubled before the ending
    }
    if (ENDINGS.contains(rest)) {
      return stem;
    }
    String derived = withoutPlainEndings(withoutInflection(rest), stem);
    return derived.isEmpty() ? stem : stem + "~" + derived;
  }

  /**
   * A derivational ending without the plain endings that keep the word's sense ("ibly" to "ibl" as "ible", "ibility"
   * to "ibl", "ement" to the empty string): an adverb in "-ly", a noun in "-ment", "-ness" or "-ity", an adjective
   * in "-ish", and a final "e".
   */
  private static String withoutPlainEndings(String ending, String stem) {
    String e = ending;
    if (e.equals("ally") && stem.endsWith("ic")) {
      return ""; // "basically" of "basic"
    }
    if (e.endsWith("bly")) {
      e = e.substring(0, e.length() - 2) + "le"; // "responsibly" of "responsible"
    } else if (e.endsWith("ly")) {
      e = e.substring(0, e.length() - 2);
    } else if (e.endsWith("bility")) {
      e = e.substring(0, e.length() - 5) + "le"; // "responsibility" of "responsible"
    } else if (e.endsWith("ment") || e.endsWith("ness")) {
      e = e.substring(0, e.length() - 4);
    } else if (e.endsWith("ity") || e.endsWith("ish")) {
      e = e.substring(0, e.length() - 3);
    }
    if (e.endsWith("e")) {
      e = e.substring(0, e.length() - 1);
    }
    return e;
  }

  /** A derivational ending without the inflection after it ("izations" to "ization", "izing" to "iz"). */
  private static String withoutInflection(String ending) {
    String e = ending;
    if (e.endsWith("'s") || e.endsWith("s'")) {
      e = e.substring(0, e.length() - 2);
    }
    if (e.endsWith("ies") || e.endsWith("ied")) {
      e = e.substring(0, e.length() - 3) + "y";
    } else if (e.endsWith("ing") && e.length() > 3) {
      e = e.substring(0, e.length() - 3);
    } else if (e.endsWith("ed") && e.length() > 2) {
      e = e.substring(0, e.length() - 2);
    } else if (e.endsWith("sses") || e.endsWith("xes") || e.endsWith("ches") || e.endsWith("shes")) {
      e = e.substring(0, e.length() - 2);
    } else if (e.endsWith("s") && !e.endsWith("ss") && e.length() > 1) {
      e = e.substring(0, e.length() - 1);
    }
    if (e.endsWith("e") && e.length() > 1) {
      e = e.substring(0, e.length() - 1);
    }
    return e;
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
  }
}
