package health.salus.shared.api;

import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.Page;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads query and path parameters the API's way, for every resource: ids, numbers, instants,
 * choices of an enum and the page of a list. A malformed or out-of-range value is a 400 naming the
 * parameter, never a 404 or a 500.
 */
public final class Params {

  /** A page of a list: its number from 0 and its size; {@code page * size} fits an int. */
  public record Paging(int page, int size) {}

  private Params() {}

  /** An ISO-8601 instant, or {@code otherwise} when absent. */
  public static Instant instant(String name, String value, Instant otherwise) {
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

  /** A positive id, or null when absent. */
  public static Long id(String name, String value) {
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

  /** A whole number, or null when absent. */
  public static Integer number(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException malformed) {
      throw new InvalidInputException(name, "input.number");
    }
  }

  /**
   * One of an enum's constants by name (any case), or null when absent; another value is refused
   * with {@code messageKey}, which should list the choices.
   */
  public static <E extends Enum<E>> E choice(
      String name, String value, Class<E> type, String messageKey) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException(name, messageKey);
    }
  }

  /**
   * The page asked for with {@code ?page=&size=}: page from 0 (default 0), size from 1 (default
   * {@code defaultSize}; a larger one than {@link Page#MAX_SIZE} gets that many). A page so far out
   * that its first row would lie beyond any list the server counts is refused, like a negative or
   * malformed one.
   */
  public static Paging paging(String page, String size, int defaultSize) {
    int pageSize = size(size, defaultSize);
    long lastPage = Integer.MAX_VALUE / pageSize;
    long pageNumber = 0;
    if (page != null && !page.isBlank()) {
      try {
        pageNumber = Long.parseLong(page.trim());
      } catch (NumberFormatException malformed) {
        throw new InvalidInputException("page", "input.page", lastPage);
      }
    }
    if (pageNumber < 0 || pageNumber > lastPage) {
      throw new InvalidInputException("page", "input.page", lastPage);
    }
    return new Paging((int) pageNumber, pageSize);
  }

  private static int size(String value, int defaultSize) {
    if (value == null || value.isBlank()) {
      return defaultSize;
    }
    long size;
    try {
      size = Long.parseLong(value.trim());
    } catch (NumberFormatException malformed) {
      throw new InvalidInputException("size", "input.size", Page.MAX_SIZE);
    }
    if (size < 1) {
      throw new InvalidInputException("size", "input.size", Page.MAX_SIZE);
    }
    return (int) Math.min(size, Page.MAX_SIZE);
  }
}
