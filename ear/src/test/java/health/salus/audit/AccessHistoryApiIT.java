package health.salus.audit;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /me/access-log} and {@code /me/access-log.csv}: a patient sees who reached their data
 * (staff, themself, refused tries by others), newest first, paged and filtered by time, and never
 * another patient's entries.
 */
class AccessHistoryApiIT {

  private Credentials credentials;
  private Api patient;
  private long patientId;

  @BeforeEach
  void newPatient() {
    credentials = Api.newPatient("history");
    patient = Api.as(credentials.username(), credentials.password());
    patientId = patient.get("/me").json().getJsonNumber("patientId").longValue();
  }

  private List<JsonObject> log(Api who, Map<String, ?> filters) {
    Response page = who.get("/me/access-log" + Api.query(filters));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.items();
  }

  private List<JsonObject> log(Api who) {
    return log(who, Map.of("size", 200));
  }

  private static List<JsonObject> by(List<JsonObject> entries, String actor, String action) {
    return entries.stream()
        .filter(e -> actor.equals(e.getString("actorUsername", null)))
        .filter(e -> action.equals(e.getString("action")))
        .toList();
  }

  @Test
  void theFrontDeskListingTheInvoicesShowsWithNameRolePurposeAndCategory() {
    Response listed = Api.demo("desk.jones").get("/invoices?patientId=" + patientId);
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);

    List<JsonObject> reads = by(log(patient), "desk.jones", "INVOICE_LIST");

    assertThat(reads).hasSize(1);
    JsonObject read = reads.get(0);
    assertThat(read.getString("actorName")).isNotBlank().isNotEqualTo("desk.jones");
    assertThat(read.getString("actorRole")).isEqualTo("STAFF");
    assertThat(read.getString("category")).isEqualTo("BILLING");
    assertThat(read.getString("outcome")).isEqualTo("ALLOWED");
    assertThat(read.getString("purpose")).isEqualTo("ADMINISTRATION");
    assertThat(Instant.parse(read.getString("at")))
        .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(5, ChronoUnit.MINUTES));
  }

  @Test
  void thePatientsOwnReadsAreTheirOwn() {
    assertThat(patient.get("/me/balance").status()).isEqualTo(200);

    List<JsonObject> own = by(log(patient), credentials.username(), "BALANCE_READ");

    assertThat(own).hasSize(1);
    assertThat(own.get(0).getString("purpose")).isEqualTo("SELF");
    assertThat(own.get(0).getString("outcome")).isEqualTo("ALLOWED");
    assertThat(own.get(0).getString("actorRole")).isEqualTo("PATIENT");
  }

  @Test
  void anotherPatientsRefusedTryShowsAsDeniedAndTheirOwnEntriesNeverShow() {
    Credentials otherCredentials = Api.newPatient("nosy");
    Api other = Api.as(otherCredentials.username(), otherCredentials.password());
    assertThat(other.get("/invoices?patientId=" + patientId).status()).isEqualTo(403);
    assertThat(other.get("/me/balance").status()).isEqualTo(200);
    assertThat(Api.demo("desk.jones").get("/invoices?patientId=" + patientId).status())
        .isEqualTo(200);

    List<JsonObject> mine = log(patient);
    List<JsonObject> theirs = log(other);

    List<JsonObject> refused = by(mine, otherCredentials.username(), "INVOICE_LIST");
    assertThat(refused).hasSize(1);
    assertThat(refused.get(0).getString("outcome")).isEqualTo("DENIED");
    assertThat(refused.get(0).getString("actorRole")).isEqualTo("PATIENT");
    assertThat(refused.get(0).getString("purpose")).isEqualTo("CONSENT");
    assertThat(by(mine, otherCredentials.username(), "BALANCE_READ"))
        .as("the other patient reading their own balance is not in my history")
        .isEmpty();
    assertThat(by(theirs, "desk.jones", "INVOICE_LIST"))
        .as("the front desk reading my invoices is not in theirs")
        .isEmpty();
    assertThat(by(theirs, otherCredentials.username(), "BALANCE_READ")).hasSize(1);
  }

  @Test
  void theNewestComesFirstAPageAtATime() {
    Api desk = Api.demo("desk.jones");
    for (int i = 0; i < 3; i++) {
      desk.get("/invoices?patientId=" + patientId);
      patient.get("/me/balance");
    }

    List<JsonObject> all = log(patient);
    Response first = patient.get("/me/access-log?page=0&size=2");
    Response second = patient.get("/me/access-log?page=1&size=2");

    assertThat(all).hasSizeGreaterThanOrEqualTo(6);
    assertThat(all)
        .extracting(e -> Instant.parse(e.getString("at")))
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(all.get(0).getString("action")).isEqualTo("BALANCE_READ");
    assertThat(all.get(all.size() - 1).getString("action"))
        .as("the registration is the oldest")
        .isEqualTo("REGISTER");
    assertThat(first.total()).isEqualTo(all.size());
    assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 2));
    assertThat(second.items()).containsExactlyElementsOf(all.subList(2, 4));
  }

  @Test
  void fromAndToNarrowByInstantOrDay() throws InterruptedException {
    // The second after the registration's (MariaDB keeps the trail's times to the second), and
    // the read after it, on this machine's (the server's) clock.
    Instant before = Instant.parse(log(patient).get(0).getString("at")).plusSeconds(1);
    while (Instant.now().isBefore(before.plusMillis(100))) {
      Thread.sleep(100);
    }
    patient.get("/me/balance");
    List<JsonObject> all = log(patient);
    LocalDate today = LocalDate.now(ZoneId.of("Australia/Sydney"));

    assertThat(log(patient, Map.of("from", Instant.now().plus(1, ChronoUnit.HOURS).toString())))
        .isEmpty();
    assertThat(log(patient, Map.of("from", before.toString())))
        .extracting(e -> e.getString("action"))
        .contains("BALANCE_READ")
        .doesNotContain("REGISTER");
    assertThat(log(patient, Map.of("to", before.toString())))
        .extracting(e -> e.getString("action"))
        .doesNotContain("BALANCE_READ");
    Map<String, Object> thisDay = new LinkedHashMap<>();
    thisDay.put("from", today.toString());
    thisDay.put("to", today.toString());
    thisDay.put("size", 200);
    assertThat(log(patient, thisDay)).isEqualTo(all);
    assertThat(log(patient, Map.of("to", today.minusDays(1).toString()))).isEmpty();
  }

  @Test
  void badFiltersAreBadRequests() {
    Response word = patient.get("/me/access-log?from=yesterday");
    Response noSuchDay = patient.get("/me/access-log?to=2026-02-30");
    Response backwards = patient.get("/me/access-log?from=2026-12-02&to=2026-12-01");
    Response csv = patient.get("/me/access-log.csv?to=soon", "text/csv");
    Response size = patient.get("/me/access-log?size=0");

    for (Response bad : List.of(word, noSuchDay, backwards, csv, size)) {
      assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
      assertThat(bad.mediaType()).isEqualTo("application/problem+json");
    }
    assertThat(word.errorFields()).containsExactly("from");
    assertThat(noSuchDay.errorFields()).containsExactly("to");
    assertThat(backwards.errorFields()).containsExactly("from");
    assertThat(csv.errorFields()).containsExactly("to");
  }

  @Test
  void theCsvHasAHeaderAndEscapesCommasAndQuotes() {
    assertThat(patient.changeProfile("fullName", "Doe, \"Jo\"").status()).isEqualTo(200);
    patient.get("/me/balance");

    Response csv = patient.get("/me/access-log.csv", "text/csv");

    assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
    assertThat(csv.mediaType()).isEqualTo("text/csv");
    assertThat(csv.header("Content-Disposition").orElse("")).contains("attachment");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo("at,actorUsername,actorName,actorRole,action,category,outcome,purpose");
    assertThat(lines).hasSize(log(patient).size() + 1);
    assertThat(lines[1])
        .endsWith(
            ","
                + credentials.username()
                + ",\"Doe, \"\"Jo\"\"\",PATIENT,BALANCE_READ,BILLING,ALLOWED,SELF");
    assertThat(lines[lines.length - 1]).endsWith(",REGISTER,ACCOUNT,ALLOWED,SELF");
  }

  @Test
  void onlyAPatientHasAnAccessHistory() {
    assertThat(Api.demo("dr.chen").get("/me/access-log").status()).isEqualTo(403);
    assertThat(Api.demo("desk.jones").get("/me/access-log.csv", "text/csv").status())
        .isEqualTo(403);
    assertThat(Api.anonymous().get("/me/access-log").status()).isEqualTo(401);
  }
}
