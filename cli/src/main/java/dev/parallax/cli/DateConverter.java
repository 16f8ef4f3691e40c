package dev.parallax.cli;

import dev.parallax.internal.DateHints;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a day given on the command line as {@code yyyy-mm-dd}; anything else is refused in words a user can act on
 * ("'2021-13-01' is no such date (a day is written yyyy-mm-dd, such as 2021-09-30)"), which picocli prefixes with the
 * option's name, rather than with Java's parse exception. Stateless.
 */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    String v = value.strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      String hint = DateHints.of(v);
      throw new TypeConversionException("'" + ErrorHandler.oneLine(value) + "' is "
          + (v.matches("\\d{4}-\\d{2}-\\d{2}") ? "no such date (a day is written yyyy-mm-dd, such as 2021-09-30)"
          : "not a date written yyyy-mm-dd" + (hint.isEmpty() ? ", such as 2021-09-30" : hint)));
    }
  }
}
