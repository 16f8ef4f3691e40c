package dev.parallax.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a time limit as people write it: {@code 500ms}, {@code 90s}, {@code 10m}, {@code 1h}, a plain number
 * of seconds, or ISO-8601 ({@code PT5M}). Zero and negative limits are refused.
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})(ms|s|m|min|h)?");

  @Override
  public Duration convert(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    Duration d;
    Matcher m = SIMPLE.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      String unit = m.group(2) == null ? "s" : m.group(2);
      d = switch (unit) {
        case "ms" -> Duration.ofMillis(n);
        case "m", "min" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofSeconds(n);
      };
    } else {
      try {
        d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a time such as 90s, 10m, 500ms or PT5M");
      }
    }
    if (d.isZero() || d.isNegative()) {
      throw new TypeConversionException("'" + value + "' is not a positive time");
    }
    return d;
  }
}
