package health.salus.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.audit.entity.AuditOutcome;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.Page;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one parser of the API's query and path parameters. */
class ParamsTest {

  private static void refused(Runnable parse, String field, String messageKey) {
    assertThatThrownBy(parse::run)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.messageKey()).isEqualTo(messageKey);
            });
  }

  @Test
  void pagingDefaultsAndKeepsTheSizeWithinTheMaximum() {
    assertThat(Params.paging(null, null, 20)).isEqualTo(new Params.Paging(0, 20));
    assertThat(Params.paging(" ", "", 50)).isEqualTo(new Params.Paging(0, 50));
    assertThat(Params.paging("3", "7", 20)).isEqualTo(new Params.Paging(3, 7));
    assertThat(Params.paging("0", "500", 20).size()).isEqualTo(Page.MAX_SIZE);
    assertThat(Params.paging("0", "99999999999999", 20).size()).isEqualTo(Page.MAX_SIZE);
  }

  @Test
  void aPageWhoseFirstRowWouldOverflowIsRefusedNotMultiplied() {
    Params.Paging last = Params.paging(Integer.toString(Integer.MAX_VALUE / 200), "200", 20);
    assertThat((long) last.page() * last.size()).isLessThanOrEqualTo(Integer.MAX_VALUE);

    refused(() -> Params.paging("10737419", "200", 20), "page", "input.page");
    refused(() -> Params.paging("2147483647", "50", 20), "page", "input.page");
    refused(() -> Params.paging("99999999999999999999", "5", 20), "page", "input.page");
    assertThat(Params.paging("2147483647", "1", 20).page()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void negativeOrMalformedPagesAndSizesAreRefused() {
    refused(() -> Params.paging("-1", null, 20), "page", "input.page");
    refused(() -> Params.paging("two", null, 20), "page", "input.page");
    refused(() -> Params.paging(null, "0", 20), "size", "input.size");
    refused(() -> Params.paging(null, "-5", 20), "size", "input.size");
    refused(() -> Params.paging(null, "ten", 20), "size", "input.size");
    refused(() -> Params.paging(null, "1e3", 20), "size", "input.size");
  }

  @Test
  void choicesAreReadInAnyCaseAndOthersRefusedWithTheirOwnMessage() {
    assertThat(Params.choice("outcome", null, AuditOutcome.class, "audit.outcomeUnknown")).isNull();
    assertThat(Params.choice("outcome", " denied ", AuditOutcome.class, "audit.outcomeUnknown"))
        .isEqualTo(AuditOutcome.DENIED);
    refused(
        () -> Params.choice("outcome", "MAYBE", AuditOutcome.class, "audit.outcomeUnknown"),
        "outcome",
        "audit.outcomeUnknown");
  }

  @Test
  void instantsIdsAndNumbers() {
    Instant fallback = Instant.parse("2026-12-01T00:00:00Z");
    assertThat(Params.instant("from", null, fallback)).isEqualTo(fallback);
    assertThat(Params.instant("from", "2026-12-01T09:30:00 11:00", null))
        .as("an unencoded + arrives as a space")
        .isEqualTo(Instant.parse("2026-11-30T22:30:00Z"));
    refused(() -> Params.instant("from", "soon", null), "from", "input.instant");

    assertThat(Params.id("patientId", " 42 ")).isEqualTo(42L);
    assertThat(Params.id("patientId", "")).isNull();
    refused(() -> Params.id("patientId", "0"), "patientId", "input.id");
    refused(() -> Params.id("patientId", "abc"), "patientId", "input.id");

    assertThat(Params.number("weeks", "4")).isEqualTo(4);
    refused(() -> Params.number("weeks", "4.5"), "weeks", "input.number");
  }
}
