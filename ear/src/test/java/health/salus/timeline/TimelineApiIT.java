package health.salus.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Directory;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /patients/{id}/timeline}: the care team (the patient's practitioners, the case team of
 * the patient's cases, a clinician under emergency access) reads every interaction with the patient
 * newest first (ratings and complaints too, without their texts), filtered by kind and paged by
 * cursor without repeats or gaps; clinical kinds only for clinicians, internal case notes only for
 * the case team, messages only for the participants; anyone else 404, the patient 403; bad input
 * 400.
 */
class TimelineApiIT {

  private static final String INTERNAL = "Internal: worried about money for the bus";
  private static final String SHARED = "Shared: good week, keep walking";

  private static Credentials manager;
  private static Api cm;

  @BeforeAll
  static void caseManager() {
    manager = Api.newStaff("cm-tl", "CASE_MANAGER");
    cm = Api.as(manager.username(), manager.password());
  }

  private static String timeline(long patientId, String query) {
    return "/patients/" + patientId + "/timeline" + (query.isEmpty() ? "" : "?" + query);
  }

  private static List<JsonObject> items(Response page) {
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    return page.json().getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static Set<String> kinds(List<JsonObject> items) {
    Set<String> kinds = new HashSet<>();
    items.forEach(i -> kinds.add(i.getString("kind")));
    return kinds;
  }

  private static void assertNewestFirst(List<JsonObject> items) {
    for (int i = 1; i < items.size(); i++) {
      assertThat(Instant.parse(items.get(i).getString("at")))
          .as("item %d after %d", i, i - 1)
          .isBeforeOrEqualTo(Instant.parse(items.get(i - 1).getString("at")));
    }
  }

  private static long patientIdOf(String demoUser) {
    return Api.demo(demoUser).get("/me").json().getJsonNumber("patientId").longValue();
  }

  private static void created(Api who, String path, JsonObject body) {
    Response answer = who.post(path, body);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
  }

  private static JsonObject note(String text, String visibility) {
    return Json.createObjectBuilder().add("text", text).add("visibility", visibility).build();
  }

  private static JsonObject referral(String service) {
    return Json.createObjectBuilder().add("toService", service).add("reason", "Review").build();
  }

  /** A patient of dr.chen with a case of the test's case manager: notes, referrals, a message. */
  private static TestPatient patientWithCase(int notes) {
    TestPatient patient = TestPatient.withGp("tl", "dr.chen");
    Response opened =
        cm.post(
            "/cases",
            Json.createObjectBuilder()
                .add("patientId", patient.id())
                .add("programme", "CHRONIC_CARE")
                .add("summary", "Timeline test case")
                .build());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    String base = "/cases/" + opened.json().getJsonNumber("id").longValue();
    created(cm, base + "/notes", note(INTERNAL, "INTERNAL"));
    created(cm, base + "/notes", note(SHARED, "SHARED"));
    for (int i = 0; i < notes; i++) {
      created(cm, base + "/notes", note("Shared note " + i, "SHARED"));
    }
    created(cm, base + "/referrals", referral("Community podiatry"));
    created(
        patient.api(),
        "/threads",
        Json.createObjectBuilder()
            .add("toTeam", "CARE_TEAM")
            .add("subject", "Dizzy in the mornings")
            .add("body", "Is this the new tablets?")
            .build());
    return patient;
  }

  @Test
  void alicesRatingsAndAComplaintSheJustLodgedShowForHerGpWithoutTheirTexts() {
    long alice = patientIdOf("alice");
    Response lodged =
        Api.demo("alice")
            .post(
                "/complaints",
                Json.createObjectBuilder()
                    .add("kind", "COMPLAINT")
                    .add("category", "ACCESS")
                    .add("description", "The lift to the clinic was broken again.")
                    .build());
    assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);

    List<JsonObject> complaints = items(Api.demo("dr.chen").get(timeline(alice, "kind=COMPLAINT")));
    List<JsonObject> ratings = items(Api.demo("dr.chen").get(timeline(alice, "kind=FEEDBACK")));

    assertThat(kinds(complaints)).containsOnly("COMPLAINT");
    JsonObject newest = complaints.get(0);
    assertThat(newest.getJsonNumber("objectId").longValue())
        .isEqualTo(lodged.json().getJsonNumber("id").longValue());
    assertThat(newest.getString("summary")).isEqualTo("Complaint about access (received)");
    assertThat(kinds(ratings)).as("the demo's rated consultations").containsOnly("FEEDBACK");
    assertThat(ratings.get(0).getString("summary")).matches("Rated a consultation [1-5] of 5");
    assertNewestFirst(ratings);
  }

  @Test
  void drChenSeesAlicesAppointmentsRefillsAndReadingAlertsNewestFirst() {
    long alice = patientIdOf("alice");

    Response page = Api.demo("dr.chen").get(timeline(alice, "size=200"));

    List<JsonObject> items = items(page);
    assertThat(kinds(items)).contains("APPOINTMENT", "REFILL", "READING_ALERT", "CASE");
    assertNewestFirst(items);
    JsonObject first = items.get(0);
    assertThat(first.keySet()).contains("at", "kind", "summary", "objectType", "objectId");
    assertThat(Api.auditEntries("dr.chen", "TIMELINE_READ", "SUCCESS", alice)).isNotEmpty();
  }

  @Test
  void theCaseTeamSeesCaseEventsReferralsAndInternalNotesButNoClinicalKindsOrMessages() {
    TestPatient patient = patientWithCase(0);

    List<JsonObject> team = items(cm.get(timeline(patient.id(), "")));

    assertThat(kinds(team)).contains("CASE", "REFERRAL").doesNotContain("MESSAGE");
    assertThat(team).anyMatch(i -> i.getString("summary").contains(INTERNAL));
    assertThat(team).anyMatch(i -> i.getString("summary").contains(SHARED));
    assertThat(team)
        .filteredOn(i -> i.getString("kind").equals("REFERRAL"))
        .singleElement()
        .satisfies(i -> assertThat(i.getString("summary")).contains("Community podiatry"));
    Response clinical =
        cm.get(timeline(patient.id(), "kind=REFILL,READING_ALERT,CONSULTATION,MESSAGE"));
    assertThat(items(clinical)).isEmpty();
    assertThat(Api.auditEntries(manager.username(), "TIMELINE_READ", "ALLOWED", patient.id()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.toString()).contains("CASE_TEAM"));
  }

  @Test
  void theGpSeesSharedNotesAndTheCareTeamsMessagesButNotInternalNotes() {
    TestPatient patient = patientWithCase(0);

    List<JsonObject> gp = items(Api.demo("dr.chen").get(timeline(patient.id(), "")));

    assertThat(kinds(gp)).contains("CASE", "REFERRAL", "MESSAGE");
    assertThat(gp).anyMatch(i -> i.getString("summary").contains(SHARED));
    assertThat(gp).noneMatch(i -> i.getString("summary").contains(INTERNAL));
    assertThat(gp)
        .filteredOn(i -> i.getString("kind").equals("MESSAGE"))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getString("objectType")).isEqualTo("MessageThread");
              assertThat(m.getString("summary")).contains("Dizzy").doesNotContain("tablets");
            });
  }

  @Test
  void internalNotesShowOnlyForTheTeamOfTheirOwnCase() {
    TestPatient patient = patientWithCase(0);
    Credentials other = Api.newStaff("cm-tl2", "CASE_MANAGER");
    Api second = Api.as(other.username(), other.password());
    Response opened =
        second.post(
            "/cases",
            Json.createObjectBuilder()
                .add("patientId", patient.id())
                .add("programme", "COMMUNITY")
                .add("summary", "A second case of the same patient")
                .build());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long secondCase = opened.json().getJsonNumber("id").longValue();
    String mine = "Internal: second team only";
    created(second, "/cases/" + secondCase + "/notes", note(mine, "INTERNAL"));

    List<JsonObject> seen = items(second.get(timeline(patient.id(), "kind=CASE")));
    List<JsonObject> firstTeam = items(cm.get(timeline(patient.id(), "kind=CASE")));

    assertThat(seen).anyMatch(i -> i.getString("summary").contains(mine));
    assertThat(seen).anyMatch(i -> i.getString("summary").contains(SHARED));
    assertThat(seen).noneMatch(i -> i.getString("summary").contains(INTERNAL));
    assertThat(firstTeam).anyMatch(i -> i.getString("summary").contains(INTERNAL));
    assertThat(firstTeam).noneMatch(i -> i.getString("summary").contains(mine));

    Response member =
        second.post(
            "/cases/" + secondCase + "/members",
            Json.createObjectBuilder().add("username", "dr.chen").build());
    assertThat(member.status()).as(member.toString()).isLessThan(300);
    List<JsonObject> gp = items(Api.demo("dr.chen").get(timeline(patient.id(), "kind=CASE")));
    assertThat(gp).anyMatch(i -> i.getString("summary").contains(mine));
    assertThat(gp).anyMatch(i -> i.getString("summary").contains(SHARED));
    assertThat(gp).noneMatch(i -> i.getString("summary").contains(INTERNAL));
  }

  @Test
  void aThreadToOnePractitionerShowsOnlyOnThatPractitionersTimeline() {
    TestPatient patient = patientWithCase(0);
    Directory.joinCareTeam(patient.id(), "dr.patel", "SPECIALIST");
    created(
        patient.api(),
        "/threads",
        Json.createObjectBuilder()
            .add("toUsername", "dr.patel")
            .add("subject", "Knee after the injection")
            .add("body", "Still sore on the stairs")
            .build());

    List<JsonObject> patel =
        items(Api.demo("dr.patel").get(timeline(patient.id(), "kind=MESSAGE")));
    List<JsonObject> chen = items(Api.demo("dr.chen").get(timeline(patient.id(), "kind=MESSAGE")));

    assertThat(patel)
        .extracting(i -> i.getString("summary"))
        .anyMatch(m -> m.contains("Knee after the injection"))
        .anyMatch(m -> m.contains("Dizzy"));
    assertThat(chen)
        .extracting(i -> i.getString("summary"))
        .anyMatch(m -> m.contains("Dizzy"))
        .noneMatch(m -> m.contains("Knee after the injection"));
  }

  @Test
  void kindsFilterRepeatedOrAsACommaList() {
    TestPatient patient = patientWithCase(0);

    List<JsonObject> referrals = items(cm.get(timeline(patient.id(), "kind=referral")));
    List<JsonObject> both = items(cm.get(timeline(patient.id(), "kind=CASE&kind=REFERRAL")));
    List<JsonObject> listed = items(cm.get(timeline(patient.id(), "kind=CASE,REFERRAL")));

    assertThat(kinds(referrals)).containsExactly("REFERRAL");
    assertThat(kinds(both)).containsExactlyInAnyOrder("CASE", "REFERRAL");
    assertThat(listed).isEqualTo(both);
  }

  @Test
  void pagesFollowEachOtherWithoutRepeatsOrGaps() {
    TestPatient patient = patientWithCase(12);
    Api gp = Api.demo("dr.chen");
    List<JsonObject> whole = items(gp.get(timeline(patient.id(), "size=200")));
    assertThat(whole).hasSizeGreaterThan(14);

    List<JsonObject> paged = new ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      Response page =
          gp.get(
              timeline(
                  patient.id(),
                  "size=4"
                      + (next == null
                          ? "&page=0"
                          : "&after=" + URLEncoder.encode(next, StandardCharsets.UTF_8))));
      List<JsonObject> items = items(page);
      assertThat(items).hasSizeLessThanOrEqualTo(4);
      paged.addAll(items);
      next = page.json().isNull("next") ? null : page.json().getString("next");
      pages++;
    } while (next != null && pages < 50);

    assertThat(paged).isEqualTo(whole);
    assertThat(pages).isEqualTo((whole.size() + 3) / 4);
  }

  @Test
  void aStrangerIsToldThePatientDoesNotExistUntilAnEmergencyAccess() {
    TestPatient patient = patientWithCase(0);
    Api stranger = Api.demo("dr.patel");
    Credentials otherManager = Api.newStaff("cm-tlx", "CASE_MANAGER");

    Response refused = stranger.get(timeline(patient.id(), ""));
    Response otherCaseManager =
        Api.as(otherManager.username(), otherManager.password()).get(timeline(patient.id(), ""));
    Response nobody = Api.demo("dr.chen").get(timeline(999_999_999L, ""));

    assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("Community podiatry");
    assertThat(otherCaseManager.status()).as(otherCaseManager.toString()).isEqualTo(404);
    assertThat(nobody.status()).as(nobody.toString()).isEqualTo(404);
    assertThat(Api.auditEntries("dr.patel", "TIMELINE_READ", "DENIED", patient.id())).isNotEmpty();

    created(
        stranger,
        "/patients/" + patient.id() + "/emergency-access",
        Json.createObjectBuilder().add("reason", "Collapsed in the clinic, GP away").build());
    List<JsonObject> emergency = items(stranger.get(timeline(patient.id(), "")));
    assertThat(kinds(emergency)).contains("EMERGENCY_ACCESS", "CASE");
    assertThat(emergency).noneMatch(i -> i.getString("summary").contains(INTERNAL));
  }

  @Test
  void aPatientOrACarerCannotReadTheTimeline() {
    long alice = patientIdOf("alice");

    Response own = Api.demo("alice").get(timeline(alice, ""));
    Response carer = Api.demo("carol").get(timeline(alice, ""));

    assertThat(own.status()).as(own.toString()).isEqualTo(403);
    assertThat(carer.status()).as(carer.toString()).isEqualTo(403);
    assertThat(own.body()).doesNotContain("appointment");
  }

  @Test
  void badInputIsA400() {
    long alice = patientIdOf("alice");
    Api chen = Api.demo("dr.chen");

    Response kind = chen.get(timeline(alice, "kind=APPOINTMENT,HOLIDAY"));
    Response cursor = chen.get(timeline(alice, "after=not-a-cursor"));
    Response page = chen.get(timeline(alice, "page=2"));
    Response size = chen.get(timeline(alice, "size=0"));

    for (Response bad : List.of(kind, cursor, page, size)) {
      assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
      assertThat(bad.mediaType()).isEqualTo(Api.PROBLEM_JSON);
    }
    assertThat(kind.body()).contains("APPOINTMENT").contains("REFILL");
  }
}
