package health.salus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every API answer says in {@code Server-Timing} what it cost on the server and how much of that
 * was writing the audit trail: an audited read counts its writes and their time, an answer that
 * writes no audit entry counts none.
 */
class ServerTimingIT {

  private static final Pattern TIMING =
      Pattern.compile("app;dur=(\\d+\\.\\d{2}), audit;dur=(\\d+\\.\\d{2});desc=\"(\\d+) writes\"");

  private static Matcher timing(Response response) {
    String header = response.header("Server-Timing").orElse("");
    Matcher matcher = TIMING.matcher(header);
    assertThat(matcher.matches()).as("Server-Timing of %s: %s", response, header).isTrue();
    return matcher;
  }

  @Test
  void anAuditedReadReportsItsAuditWritesAndTheirShareOfTheRequest() {
    String username = Api.unique("timing");
    String password = Api.strongPassword();
    long patientId = Api.registerPatient(username, password).getJsonNumber("patientId").longValue();
    Response record = Api.as(username, password).get("/patients/" + patientId + "/record");
    assertThat(record.status()).as(record.toString()).isEqualTo(200);

    Matcher m = timing(record);
    double app = Double.parseDouble(m.group(1));
    double audit = Double.parseDouble(m.group(2));
    assertThat(Integer.parseInt(m.group(3))).isPositive();
    assertThat(audit).isPositive().isLessThanOrEqualTo(app);
  }

  @Test
  void anAnswerThatWritesNoAuditEntryCountsNone() {
    Response health = Api.anonymous().get("/health");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);

    Matcher m = timing(health);
    assertThat(m.group(2)).isEqualTo("0.00");
    assertThat(m.group(3)).isEqualTo("0");
  }
}
