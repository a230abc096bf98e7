package health.salus.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.audit.boundary.AccessCategory;
import health.salus.audit.boundary.AccessLogEntry;
import health.salus.audit.boundary.AccessOutcome;
import health.salus.audit.boundary.AccessPurpose;
import health.salus.identity.entity.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

  private static AccessLogEntry by(String username, String name, Role role) {
    return new AccessLogEntry(
        1,
        Instant.parse("2026-12-01T09:30:00Z"),
        username,
        name,
        role,
        "INVOICE_LIST",
        AccessCategory.BILLING,
        AccessOutcome.ALLOWED,
        AccessPurpose.ADMINISTRATION);
  }

  @Test
  void aHeaderRowThenOneRowPerEntry() {
    String csv = AccessLogCsv.of(List.of(by("desk.jones", "Jo Jones", Role.STAFF)));

    assertThat(csv.split("\r\n"))
        .containsExactly(
            "at,actorUsername,actorName,actorRole,action,category,outcome,purpose",
            "2026-12-01T09:30:00Z,desk.jones,Jo Jones,STAFF,INVOICE_LIST,BILLING,ALLOWED,"
                + "ADMINISTRATION");
  }

  @Test
  void commasQuotesAndLineBreaksAreQuoted() {
    String csv = AccessLogCsv.of(List.of(by("x", "Smith, \"Jo\"\nJunior", Role.CLINICIAN)));

    assertThat(csv).contains(",\"Smith, \"\"Jo\"\"\nJunior\",CLINICIAN,");
  }

  @Test
  void theSystemHasEmptyFieldsAndFormulasAreDefused() {
    String csv =
        AccessLogCsv.of(List.of(by(null, null, null), by("eve", "=HYPERLINK(\"x\")", null)));

    assertThat(csv).contains("2026-12-01T09:30:00Z,,,,INVOICE_LIST");
    assertThat(csv).contains(",eve,\"'=HYPERLINK(\"\"x\"\")\",,");
  }
}
