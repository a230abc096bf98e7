package health.salus.audit.control;

import health.salus.audit.boundary.AccessLogEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A patient's access history as CSV (RFC 4180, by Commons CSV: fields with commas, quotes or line
 * breaks quoted): a header row with the API's field names, then one row per entry, times as UTC
 * instants. A name that a spreadsheet would take for a formula (=, +, -, @ first) starts with an
 * apostrophe, so that opening the file runs nothing (OWASP's advice on CSV injection).
 */
public final class AccessLogCsv {

  /** The header row, the API's field names. */
  public static final List<String> HEADER =
      List.of(
          "at",
          "actorUsername",
          "actorName",
          "actorRole",
          "action",
          "category",
          "outcome",
          "purpose");

  private AccessLogCsv() {}

  public static String of(List<AccessLogEntry> entries) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get().print(out)) {
      for (AccessLogEntry e : entries) {
        csv.printRecord(
            e.at(),
            inert(e.actorUsername()),
            inert(e.actorName()),
            e.actorRole(),
            e.action(),
            e.category(),
            e.outcome(),
            e.purpose());
      }
    } catch (IOException writingToAString) {
      throw new UncheckedIOException(writingToAString);
    }
    return out.toString();
  }

  private static String inert(String text) {
    return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        ? "'" + text
        : text;
  }
}
