package health.salus.consent;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Appointments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A carer acts for a patient — books, cancels, asks for refills, sees invoices — through the
 * scheduling, prescriptions and billing endpoints, only while they hold the patient's active grant
 * with {@code actFor}: carol (the demo carer) for alice, and fresh patients' grantees. Without such
 * a grant, after its revocation or its end, the same requests are refused (403/404, no data), each
 * refusal audited DENIED about the patient; the carer's entries name the patient they acted for.
 */
class CarerActsForPatientApiIT {

  private record Person(Credentials credentials, long patientId) {
    Api api() {
      return Api.as(credentials.username(), credentials.password());
    }

    String username() {
      return credentials.username();
    }
  }

  private static Person newPatient(String prefix) {
    Credentials credentials = Api.newPatient(prefix);
    long id =
        Api.as(credentials.username(), credentials.password())
            .get("/me")
            .json()
            .getJsonNumber("patientId")
            .longValue();
    return new Person(credentials, id);
  }

  private static long patientIdOf(String demo) {
    return Api.demo(demo).get("/me").json().getJsonNumber("patientId").longValue();
  }

  private static long grant(Person patient, String grantee, String category, boolean actFor) {
    return grantUntil(patient, grantee, category, actFor, Instant.now().plus(Duration.ofDays(7)));
  }

  private static long grantUntil(
      Person patient, String grantee, String category, boolean actFor, Instant until) {
    Response created =
        patient
            .api()
            .post(
                "/consents",
                Json.createObjectBuilder()
                    .add("granteeUsername", grantee)
                    .add("categories", Json.createArrayBuilder().add(category))
                    .add("validUntil", until.truncatedTo(ChronoUnit.SECONDS).toString())
                    .add("actFor", actFor)
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static void revoke(Person patient, long grantId) {
    assertThat(patient.api().delete("/consents/" + grantId).status()).isEqualTo(204);
  }

  /** A free slot of dr.okafor two days to four weeks ahead (past the cut-off). */
  private static long someFreeSlot() {
    List<JsonObject> free =
        Appointments.freeSlots(
            Api.demo("alice"), Appointments.practitionerId("dr.okafor"), "IN_PERSON");
    assertThat(free).isNotEmpty();
    return free.get(ThreadLocalRandom.current().nextInt(free.size()))
        .getJsonNumber("id")
        .longValue();
  }

  private static Response bookFor(Api carer, long patientId) {
    return carer.post(
        "/appointments",
        Json.createObjectBuilder()
            .add("slotId", someFreeSlot())
            .add("reason", "Check-up, booked by a carer")
            .add("patientId", patientId)
            .build());
  }

  private static JsonObject bookedFor(Api carer, long patientId) {
    for (int attempt = 0; attempt < 5; attempt++) {
      Response booked = bookFor(carer, patientId);
      if (booked.status() == 201) {
        return booked.json();
      }
      assertThat(booked.status()).as(booked.toString()).isEqualTo(409); // taken meanwhile
    }
    throw new AssertionError("no slot could be booked");
  }

  private static Response moveTo(Api carer, long appointmentId) {
    return carer.post(
        "/appointments/" + appointmentId + "/reschedule",
        Json.createObjectBuilder().add("slotId", someFreeSlot()).build());
  }

  private static Response joinWaitlist(Api carer, long patientId) {
    return carer.post(
        "/waitlist",
        Json.createObjectBuilder()
            .add("practitionerId", Appointments.practitionerId("dr.okafor"))
            .add("patientId", patientId)
            .build());
  }

  /** dr.chen joins the patient's care team and prescribes a medication with refills; its id. */
  private static long prescribed(Person patient) {
    Response joined =
        Api.demo("desk.jones")
            .post(
                "/patients/" + patient.patientId() + "/care-team",
                Json.createObjectBuilder()
                    .add("practitionerId", Appointments.practitionerId("dr.chen"))
                    .add("kind", "GENERAL_PRACTITIONER")
                    .build());
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    Response created =
        Api.demo("dr.chen")
            .post(
                "/patients/" + patient.patientId() + "/medications",
                Json.createObjectBuilder()
                    .add("name", "Atorvastatin")
                    .add("dose", "20 mg")
                    .add("instructions", "At night")
                    .add("refills", 3)
                    .build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  private static Response askRefill(Api carer, long medicationId) {
    return carer.post(
        "/refill-requests",
        Json.createObjectBuilder()
            .add("medicationId", medicationId)
            .add("note", "Asked by her carer")
            .build());
  }

  private static List<JsonObject> audited(
      String actor, String action, String outcome, long patientId) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("actor", actor);
    query.put("action", action);
    query.put("outcome", outcome);
    query.put("patientId", patientId);
    query.put("size", 100);
    Response page = Api.admin().get("/admin/audit" + Api.query(query));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.items();
  }

  private static void assertRefused(Response answer, int status) {
    assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
    assertThat(answer.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    assertThat(answer.body()).doesNotContain("Atorvastatin").doesNotContain("\"items\"");
  }

  @Test
  void carolBooksListsAndCancelsForAliceAndSeesHerInvoicesOnHerBehalf() {
    Api carol = Api.demo("carol");
    long alice = patientIdOf("alice");

    JsonObject booked = bookedFor(carol, alice);
    long id = booked.getJsonNumber("id").longValue();
    Response listed = carol.get("/appointments?patientId=" + alice + "&size=200");
    Response one = carol.get("/appointments/" + id);
    Response cancelled = carol.post("/appointments/" + id + "/cancel");
    Response invoices = carol.get("/invoices?patientId=" + alice);

    assertThat(booked.getJsonNumber("patientId").longValue()).isEqualTo(alice);
    assertThat(booked.getString("status")).isEqualTo("BOOKED");
    assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
    assertThat(listed.items()).isNotEmpty();
    assertThat(listed.items()).allMatch(a -> a.getJsonNumber("patientId").longValue() == alice);
    assertThat(listed.items()).anyMatch(a -> a.getJsonNumber("id").longValue() == id);
    assertThat(one.status()).as(one.toString()).isEqualTo(200);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    assertThat(invoices.status()).as(invoices.toString()).isEqualTo(200);
    assertThat(invoices.items()).isNotEmpty();
    assertThat(invoices.items()).allMatch(i -> i.getJsonNumber("patientId").longValue() == alice);

    assertThat(audited("carol", "APPOINTMENT_BOOK", "ALLOWED", alice))
        .isNotEmpty()
        .allSatisfy(
            e -> {
              assertThat(e.getString("purpose")).isEqualTo("CONSENT");
              assertThat(e.getString("detail")).isEqualTo("ACTING_FOR");
              assertThat(e.getString("onBehalfOf")).isEqualTo("alice");
            });
    assertThat(audited("carol", "APPOINTMENT_CANCELLED", "SUCCESS", alice))
        .as("the feature's own entry names the patient acted for too")
        .anySatisfy(
            e -> {
              assertThat(e.getString("objectId")).isEqualTo(Long.toString(id));
              assertThat(e.getString("onBehalfOf")).isEqualTo("alice");
            });
    assertThat(audited("carol", "INVOICE_LIST", "ALLOWED", alice)).isNotEmpty();
  }

  @Test
  void aCarerAsksForARefillOfAMedicationOfThePatientTheyActFor() {
    Person patient = newPatient("cared");
    long medication = prescribed(patient);
    long grantId = grant(patient, "carol", "MEDICATIONS", true);
    try {
      Response asked = askRefill(Api.demo("carol"), medication);

      assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
      assertThat(asked.json().getString("status")).isEqualTo("REQUESTED");
      List<JsonObject> own = patient.api().get("/refill-requests").items();
      assertThat(own).singleElement();
      assertThat(audited("carol", "REFILL_REQUEST", "SUCCESS", patient.patientId()))
          .singleElement()
          .satisfies(e -> assertThat(e.getString("onBehalfOf")).isEqualTo(patient.username()));
    } finally {
      revoke(patient, grantId);
    }
  }

  @Test
  void carolCannotActForBob() {
    Api carol = Api.demo("carol");
    long bob = patientIdOf("bob");
    JsonObject bobs = Appointments.bookSomeSlot(Api.demo("bob"), "dr.okafor", "IN_PERSON");
    long bobsAppointment = bobs.getJsonNumber("id").longValue();

    assertRefused(bookFor(carol, bob), 403);
    assertRefused(carol.get("/appointments?patientId=" + bob), 403);
    assertRefused(carol.get("/appointments/" + bobsAppointment), 404);
    assertRefused(carol.post("/appointments/" + bobsAppointment + "/cancel"), 404);
    assertRefused(carol.get("/invoices?patientId=" + bob), 403);

    assertThat(Api.demo("bob").get("/appointments/" + bobsAppointment).json().getString("status"))
        .isEqualTo("BOOKED");
    assertThat(Api.demo("bob").post("/appointments/" + bobsAppointment + "/cancel").status())
        .isEqualTo(200);
    for (String action :
        List.of(
            "APPOINTMENT_BOOK",
            "APPOINTMENT_LIST",
            "APPOINTMENT_READ",
            "APPOINTMENT_CANCEL",
            "INVOICE_LIST")) {
      assertThat(audited("carol", action, "DENIED", bob)).as(action).isNotEmpty();
    }
  }

  @Test
  void aGrantWithoutActForOpensItsCategoryButActingForThePatientIsRefused() {
    Person patient = newPatient("cared");
    long medication = prescribed(patient);
    Person grantee = newPatient("grantee");
    grant(patient, grantee.username(), "MEDICATIONS", false);
    Api api = grantee.api();

    Response medications = api.get("/patients/" + patient.patientId() + "/medications");
    assertThat(medications.status()).as(medications.toString()).isEqualTo(200);
    assertRefused(bookFor(api, patient.patientId()), 403);
    assertRefused(api.get("/appointments?patientId=" + patient.patientId()), 403);
    assertRefused(askRefill(api, medication), 404);
    assertRefused(api.get("/invoices?patientId=" + patient.patientId()), 403);

    assertThat(patient.api().get("/refill-requests").items()).isEmpty();
    assertThat(patient.api().get("/appointments").items()).isEmpty();
    for (String action :
        List.of("APPOINTMENT_BOOK", "APPOINTMENT_LIST", "REFILL_REQUEST", "INVOICE_LIST")) {
      assertThat(audited(grantee.username(), action, "DENIED", patient.patientId()))
          .as(action)
          .singleElement();
    }
  }

  @Test
  void revokingTheGrantEndsActingForThePatientOnTheNextRequest() {
    Person patient = newPatient("cared");
    long medication = prescribed(patient);
    Person grantee = newPatient("grantee");
    long grantId = grant(patient, grantee.username(), "ALL", true);
    Api api = grantee.api();
    JsonObject booked = bookedFor(api, patient.patientId());
    long id = booked.getJsonNumber("id").longValue();
    assertThat(api.get("/appointments/" + id).status()).isEqualTo(200);
    Response moved = moveTo(api, id);
    assertThat(moved.status()).as(moved.toString()).isIn(200, 409); // 409: taken meanwhile
    Response joined = joinWaitlist(api, patient.patientId());
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
    Response waiting = api.get("/waitlist?patientId=" + patient.patientId());
    assertThat(waiting.status()).as(waiting.toString()).isEqualTo(200);

    revoke(patient, grantId);

    assertRefused(api.get("/appointments/" + id), 404);
    assertRefused(api.post("/appointments/" + id + "/cancel"), 404);
    assertRefused(bookFor(api, patient.patientId()), 403);
    assertRefused(askRefill(api, medication), 404);
    assertRefused(api.get("/invoices?patientId=" + patient.patientId()), 403);
    assertRefused(moveTo(api, id), 404);
    assertRefused(api.get("/waitlist?patientId=" + patient.patientId()), 403);
    assertThat(patient.api().get("/appointments/" + id).json().getString("status"))
        .isEqualTo("BOOKED");
    assertThat(audited(grantee.username(), "APPOINTMENT_CANCEL", "DENIED", patient.patientId()))
        .singleElement();
  }

  @Test
  void anExpiredGrantGivesNothing() {
    Person patient = newPatient("cared");
    Person grantee = newPatient("grantee");
    grantUntil(patient, grantee.username(), "ALL", true, Instant.now().plusSeconds(4));
    Api api = grantee.api();
    assertThat(api.get("/invoices?patientId=" + patient.patientId()).status()).isEqualTo(200);

    Appointments.sleep(Duration.ofSeconds(6));

    assertRefused(api.get("/invoices?patientId=" + patient.patientId()), 403);
    assertRefused(bookFor(api, patient.patientId()), 403);
    assertThat(audited(grantee.username(), "INVOICE_LIST", "DENIED", patient.patientId()))
        .singleElement();
  }
}
