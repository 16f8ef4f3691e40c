package dev.parallax.report;

import java.util.Locale;

/** The one place where closed sets become JSON strings: {@code SCARE_QUOTE} becomes {@code "scareQuote"}. */
public final class JsonNames {
  private JsonNames() {}

  /** The JSON name of an enum constant: lower camel case of its name. */
  public static String of(Enum<?> value) {
    String[] parts = value.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
    }
    return sb.toString();
  }
}
