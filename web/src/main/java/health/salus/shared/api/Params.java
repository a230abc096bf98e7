package health.salus.scheduling.api;

import health.salus.shared.boundary.InvalidInputException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads query parameters the API's way: a malformed value is a 400 naming the parameter. */
final class Params {

  private Params() {}

  static Instant instant(String name, String value, Instant otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      // A '+' of an offset that was not URL-encoded arrives as a space.
      return Instant.parse(value.trim().replace(' ', '+'));
    } catch (DateTimeParseException malformed) {
      throw new InvalidInputException(name, "input.instant");
    }
  }

  static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(value.trim());
      if (id <= 0) {
        throw new InvalidInputException(name, "input.id");
      }
      return id;
    } catch (NumberFormatException malformed) {
      throw new InvalidInputException(name, "input.id");
    }
  }

  static Integer number(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException malformed) {
      throw new InvalidInputException(name, "input.number");
    }
  }
}
