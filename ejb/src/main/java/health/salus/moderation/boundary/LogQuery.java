package health.salus.moderation.boundary;

import health.salus.identity.entity.UserAccount;
import health.salus.moderation.control.LogSearch;
import health.salus.moderation.entity.ModerationActionKind;
import health.salus.shared.boundary.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A search of the moderation log as given (each part may be empty): member and moderator usernames,
 * the action, words in the reason, and a date range ({@code from}, {@code to}: dates {@code
 * 2026-12-03}, both days included, UTC; or instants). A bad action or date is 400.
 */
public record LogQuery(
    String member, String moderator, String action, String q, String from, String to) {

  public static LogQuery none() {
    return new LogQuery(null, null, null, null, null, null);
  }

  LogSearch search() {
    return new LogSearch(
        username(member),
        username(moderator),
        action(action),
        blank(q) ? null : q.strip(),
        instant("from", from, false),
        instant("to", to, true));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static String username(String name) {
    return blank(name) ? null : UserAccount.normalise(name.strip());
  }

  private static ModerationActionKind action(String name) {
    if (blank(name)) {
      return null;
    }
    try {
      return ModerationActionKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidInputException("action", "moderation.actionUnknown");
    }
  }

  private static Instant instant(String field, String text, boolean endOfDay) {
    if (blank(text)) {
      return null;
    }
    try {
      if (text.strip().length() == 10) {
        LocalDate day = LocalDate.parse(text.strip());
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text.strip());
    } catch (DateTimeParseException bad) {
      throw new InvalidInputException(field, "moderation.dateInvalid");
    }
  }
}
