package health.salus.education;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.PageSession;
import health.salus.testsupport.PageSession.Answer;
import health.salus.testsupport.TestPatient;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/**
 * The literacy screen on the timeline page, over HTTP: the patient's GP sees it (one ALLOWED read
 * in the trail); a clinician outside the care team who opened the record on emergency access reads
 * the timeline but is not shown the screen, and the page does not even ask for it: the trail holds
 * no DENIED screen read for every timeline view (a refusal nobody asked for).
 */
class LiteracyOnTimelinePageIT {

  private static final String ACTION = "EDUCATION_SCREENING_READ";

  private static Answer timelinePage(String username, long patientId) {
    Answer page =
        PageSession.signedIn(username, Api.DEMO_PASSWORD)
            .get("/timeline/patient.xhtml?patientId=" + patientId);
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"timeline-heading\"");
    return page;
  }

  @Test
  void anEmergencyViewerIsNotAskedForTheScreenSoNoDenialIsWritten() {
    TestPatient patient = TestPatient.withGp("lit-page", "dr.chen");
    Response taken = patient.api().post("/me/literacy-screening", Education.screen(4, "A_LITTLE"));
    assertThat(taken.status()).as(taken.toString()).isEqualTo(201);

    Answer byGp = timelinePage("dr.chen", patient.id());
    assertThat(byGp.body()).contains("id=\"literacy-result\"");
    assertThat(Api.auditEntries("dr.chen", ACTION, "ALLOWED", patient.id())).hasSize(1);

    Response opened =
        Api.demo("dr.patel")
            .post(
                patient.path("/emergency-access"),
                Json.createObjectBuilder().add("reason", "Collapsed in the clinic").build());
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    for (int view = 0; view < 2; view++) {
      Answer byStranger = timelinePage("dr.patel", patient.id());
      assertThat(byStranger.body()).doesNotContain("id=\"literacy\"");
    }

    assertThat(Api.auditEntries("dr.patel", "TIMELINE_READ", "ALLOWED", patient.id()))
        .as("the timeline was read under the emergency access")
        .isNotEmpty();
    assertThat(Api.auditEntries("dr.patel", ACTION, "DENIED", patient.id()))
        .as("no refusal of a read the page never asked for")
        .isEmpty();
    assertThat(Api.auditEntries("dr.patel", ACTION, "ALLOWED", patient.id())).isEmpty();
  }
}
