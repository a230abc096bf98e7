package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The integration server starts on a fresh database in demo mode, so the demo's seeding code has
 * just run: the practice is in full swing relative to today. Only read here, and only with "at
 * least" checks, as other tests add their own appointments to the same diaries.
 */
class DemoDataApiIT {

  private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

  private static List<JsonObject> items(Response answer) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> appointments(Api api, LocalDate from, LocalDate to) {
    return items(
        api.get(
            "/appointments"
                + Api.query(
                    Map.of(
                        "from", from.atStartOfDay(SYDNEY).toInstant().toString(),
                        "to", to.atStartOfDay(SYDNEY).toInstant().toString(),
                        "size", 200))));
  }

  private static List<String> patientsIn(List<JsonObject> appointments) {
    return appointments.stream().map(a -> a.getString("patientName")).toList();
  }

  @Test
  void drChenAndTheOthersHaveAClinicTodayWithPatientsArrived() {
    LocalDate today = LocalDate.now(SYDNEY);
    List<JsonObject> chen = appointments(Api.demo("dr.chen"), today, today.plusDays(1));
    List<JsonObject> practice = appointments(Api.demo("desk.jones"), today, today.plusDays(1));

    assertThat(patientsIn(chen))
        .contains("Margaret Walsh", "Tom Okoro", "Bob Nguyen-Harris", "Helen Zhang", "Peter Rossi");
    assertThat(chen)
        .filteredOn(a -> a.getString("status").equals("ARRIVED"))
        .hasSizeGreaterThanOrEqualTo(2);
    JsonObject first =
        chen.stream()
            .filter(a -> a.getString("patientName").equals("Margaret Walsh"))
            .findFirst()
            .orElseThrow();
    assertThat(first.getString("status")).isIn("COMPLETED", "ARRIVED");
    assertThat(practice)
        .extracting(a -> a.getString("practitionerName"))
        .contains("Dr Wei Chen", "Dr Anika Patel", "Grace Brown", "Daniel Kim");
  }

  @Test
  void aliceAndBobHaveVisitsThisWeekAndPastConsultationsCompletedWithNotes() {
    LocalDate today = LocalDate.now(SYDNEY);
    Api alice = Api.demo("alice");
    List<JsonObject> aliceWeek = appointments(alice, today, today.plusDays(7));
    List<JsonObject> alicePast = appointments(alice, today.minusDays(60), today);
    List<JsonObject> bobPast = appointments(Api.demo("bob"), today.minusDays(60), today);

    assertThat(aliceWeek)
        .anySatisfy(
            a -> {
              assertThat(a.getString("practitionerName")).isEqualTo("Dr Wei Chen");
              assertThat(a.getString("mode")).isEqualTo("VIDEO");
              assertThat(a.getString("status")).isEqualTo("BOOKED");
              assertThat(Instant.parse(a.getString("start"))).isAfter(Instant.now());
            });
    assertThat(alicePast)
        .filteredOn(a -> a.getString("status").equals("COMPLETED"))
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(bobPast)
        .filteredOn(a -> a.getString("status").equals("COMPLETED"))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void theirConsultationsAreInvoicedSomePaidSomeNot() {
    List<JsonObject> alice = items(Api.demo("alice").get("/invoices?size=50"));
    List<JsonObject> bob = items(Api.demo("bob").get("/invoices?size=50"));

    assertThat(alice).extracting(i -> i.getString("status")).contains("PAID", "PART_PAID");
    assertThat(bob).extracting(i -> i.getString("status")).contains("PAID", "ISSUED");
    assertThat(alice).allSatisfy(i -> assertThat(i.isNull("appointmentId")).isFalse());
    assertThat(Api.demo("bob").get("/me/balance").json().getJsonNumber("outstanding").doubleValue())
        .isPositive();
  }

  @Test
  void aRefillWaitsForDrChenAndAlicesWereDecided() {
    List<JsonObject> queue = items(Api.demo("dr.chen").get("/refill-requests?size=200"));
    List<JsonObject> alices = items(Api.demo("alice").get("/refill-requests"));

    assertThat(queue)
        .anySatisfy(
            r -> {
              assertThat(r.getString("patientName")).isEqualTo("Bob Nguyen-Harris");
              assertThat(r.getString("medicationName")).isEqualTo("Salbutamol inhaler");
              assertThat(r.getString("status")).isEqualTo("REQUESTED");
            });
    assertThat(alices).extracting(r -> r.getString("status")).contains("APPROVED", "DENIED");
  }

  @Test
  void aliceHasNoticesSomeUnreadAndBobWaitsForAnEarlierTime() {
    JsonObject inbox = Api.demo("alice").get("/me/notifications?size=50").json();
    List<JsonObject> bobWaiting =
        Api.demo("bob").get("/waitlist").jsonArray().getValuesAs(JsonObject.class);

    assertThat(inbox.getJsonNumber("unread").longValue()).isPositive();
    assertThat(inbox.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(n -> assertThat(n.getBoolean("read")).isTrue())
        .anySatisfy(n -> assertThat(n.getString("title")).isEqualTo("Refill not approved"));
    assertThat(bobWaiting)
        .anySatisfy(
            w -> {
              assertThat(w.getString("practitionerName")).isEqualTo("Dr Emeka Okafor");
              assertThat(w.getString("status")).isEqualTo("WAITING");
            });
  }

  @Test
  void aliceLetsCarolSeeHerMedicationsAndConditionsAndActForHerForAYear() {
    List<JsonObject> carols =
        Api.demo("carol").get("/me/represented").jsonArray().getValuesAs(JsonObject.class);

    assertThat(carols)
        .anySatisfy(
            r -> {
              assertThat(r.getString("fullName")).isEqualTo("Alice Martin");
              assertThat(r.getJsonArray("categories").toString())
                  .isEqualTo("[\"CONDITIONS\",\"MEDICATIONS\"]");
              assertThat(r.getBoolean("actFor")).isTrue();
              assertThat(Instant.parse(r.getString("validUntil")))
                  .isAfter(Instant.now().plus(Duration.ofDays(360)));
            });
    long aliceId = Api.demo("alice").get("/me").json().getJsonNumber("patientId").longValue();
    assertThat(
            Api.demo("carol")
                .get("/patients/" + aliceId + "/medications")
                .jsonArray()
                .getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("name"))
        .contains("Metformin");
  }

  @Test
  void aliceAndBobHaveRecordsInEverySectionWithAResultAliceSeesOnlyLater() {
    long aliceId = Api.demo("alice").get("/me").json().getJsonNumber("patientId").longValue();
    long bobId = Api.demo("bob").get("/me").json().getJsonNumber("patientId").longValue();
    JsonObject alice = Api.demo("alice").get("/patients/" + aliceId + "/record").json();
    JsonObject chens = Api.demo("dr.chen").get("/patients/" + aliceId + "/record").json();
    JsonObject bob = Api.demo("bob").get("/patients/" + bobId + "/record").json();

    assertThat(texts(alice, "conditions", "name"))
        .contains("Type 2 diabetes mellitus", "Essential hypertension", "Osteoarthritis of knee")
        .doesNotContain("Osteoarthritis of hip");
    assertThat(texts(alice, "allergies", "substance")).contains("Penicillin");
    assertThat(texts(alice, "immunisations", "vaccine"))
        .anyMatch(v -> v.startsWith("Influenza"))
        .anyMatch(v -> v.startsWith("COVID-19"))
        .anyMatch(v -> v.startsWith("Pneumococcal"));
    assertThat(texts(alice, "observations", "name")).contains("HbA1c", "eGFR", "Total cholesterol");
    assertThat(texts(alice, "observations", "flag")).contains("HIGH", "LOW", "NORMAL");
    assertThat(texts(alice, "medications", "name")).contains("Metformin");
    assertThat(alice.getJsonArray("encounters")).isNotEmpty();
    assertThat(alice.getJsonNumber("observationsTotal").longValue()).isEqualTo(24);
    assertThat(texts(alice, "observations", "name"))
        .doesNotContain("Urine albumin/creatinine ratio");
    assertThat(texts(chens, "observations", "name")).contains("Urine albumin/creatinine ratio");
    long knee =
        alice.getJsonArray("conditions").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("name").equals("Osteoarthritis of knee"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    assertThat(
            Api.demo("alice")
                .get("/patients/" + aliceId + "/conditions/" + knee + "/history")
                .jsonArray())
        .hasSize(2);
    assertThat(texts(bob, "conditions", "name")).contains("Asthma");
    assertThat(texts(bob, "allergies", "substance")).contains("Peanuts");
    assertThat(texts(bob, "observations", "name")).contains("Vitamin D");
    assertThat(bob.getJsonArray("immunisations")).isNotEmpty();
  }

  private static List<String> texts(JsonObject record, String section, String field) {
    return record.getJsonArray(section).getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString(field, null))
        .toList();
  }

  @Test
  void aliceHasThreeMonthsOfReadingsThresholdsAnOpenAlertAndWeeklyCheckIns() {
    Api alice = Api.demo("alice");
    long aliceId = alice.get("/me").json().getJsonNumber("patientId").longValue();
    String base = "/patients/" + aliceId;

    List<JsonObject> systolic =
        items(alice.get(base + "/readings?type=BLOOD_PRESSURE_SYSTOLIC&size=200"));
    List<JsonObject> glucose = items(alice.get(base + "/readings?type=BLOOD_GLUCOSE&size=200"));
    List<JsonObject> thresholds =
        Api.demo("dr.chen").get(base + "/thresholds").jsonArray().getValuesAs(JsonObject.class);
    List<JsonObject> alerts = items(Api.demo("dr.chen").get("/me/alerts?size=200"));
    List<JsonObject> checkIns = items(alice.get(base + "/wellbeing"));

    assertThat(systolic).hasSizeGreaterThanOrEqualTo(40);
    assertThat(Instant.parse(systolic.get(0).getString("takenAt")))
        .isBefore(Instant.now().minus(Duration.ofDays(85)));
    assertThat(glucose).hasSizeGreaterThanOrEqualTo(25);
    assertThat(thresholds)
        .extracting(t -> t.getString("type"))
        .contains("BLOOD_PRESSURE_SYSTOLIC", "BLOOD_PRESSURE_DIASTOLIC", "BLOOD_GLUCOSE");
    assertThat(alerts)
        .anySatisfy(
            a -> {
              assertThat(a.getString("patientName")).isEqualTo("Alice Martin");
              assertThat(a.getString("type")).isEqualTo("BLOOD_PRESSURE_SYSTOLIC");
              assertThat(a.getJsonNumber("value").doubleValue()).isEqualTo(162);
            });
    assertThat(checkIns).hasSizeGreaterThanOrEqualTo(4);
    long bobId = Api.demo("bob").get("/me").json().getJsonNumber("patientId").longValue();
    assertThat(items(Api.demo("bob").get("/patients/" + bobId + "/readings"))).isNotEmpty();
  }
}
