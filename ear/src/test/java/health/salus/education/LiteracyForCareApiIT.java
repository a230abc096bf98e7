package health.salus.education;

import static health.salus.education.Education.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.casework.Casework;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Directory;
import health.salus.testsupport.TestPatient;
import org.junit.jupiter.api.Test;

/**
 * One person's literacy screen over HTTP ({@code GET /patients/{id}/literacy-screening}): seen only
 * with a care reason (the patient's care team, an educator they see, the case team of their case);
 * an educator or case manager not (yet) in either team, the front desk, another patient and the
 * patient themself (who has /me/literacy-screening) get 403, and each decision is audited.
 */
class LiteracyForCareApiIT {

  @Test
  void theCareTeamAndTheCaseTeamSeeOnePersonsScreenAndNobodyElseDoes() {
    TestPatient patient = TestPatient.withGp("lit-care", "dr.chen");
    Response taken = patient.api().post("/me/literacy-screening", Education.screen(4, "A_LITTLE"));
    assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
    String path = patient.path("/literacy-screening");

    Response byGp = Api.demo("dr.chen").get(path);
    assertThat(byGp.status()).as(byGp.toString()).isEqualTo(200);
    assertThat(byGp.json().getString("level")).isEqualTo("LIMITED");
    assertThat(byGp.json().getInt("helpReading")).isEqualTo(4);
    assertThat(Api.auditEntries("dr.chen", "EDUCATION_SCREENING_READ", "ALLOWED", patient.id()))
        .hasSize(1);

    assertProblem(Api.demo("edu.nguyen").get(path), 403);
    assertProblem(Api.demo("desk.jones").get(path), 403);
    assertProblem(Api.demo("cm.smith").get(path), 403);
    assertProblem(Api.demo("bob").get(path), 403);
    assertProblem(patient.api().get(path), 403);
    assertThat(Api.auditEntries("edu.nguyen", "EDUCATION_SCREENING_READ", "DENIED", patient.id()))
        .hasSize(1);
    assertThat(Api.auditEntries("desk.jones", "EDUCATION_SCREENING_READ", "DENIED", patient.id()))
        .hasSize(1);

    // An educator the patient sees, and the case manager of the patient's case, have a reason.
    Directory.joinCareTeam(patient.id(), "edu.nguyen", "EDUCATOR");
    assertThat(Api.demo("edu.nguyen").get(path).json().getString("level")).isEqualTo("LIMITED");
    Credentials cmLogin = Api.newStaff("cm-lit", "CASE_MANAGER");
    Api cm = Api.as(cmLogin.username(), cmLogin.password());
    assertProblem(cm.get(path), 403);
    Casework.open(cm, patient.id(), "Reading help");
    assertThat(cm.get(path).json().getString("level")).isEqualTo("LIMITED");

    assertProblem(Api.demo("dr.chen").get("/patients/987654321/literacy-screening"), 404);
  }

  @Test
  void noScreenYetIsNoContentForTheCareTeam() {
    TestPatient patient = TestPatient.withGp("lit-none", "dr.chen");
    assertThat(Api.demo("dr.chen").get(patient.path("/literacy-screening")).status())
        .isEqualTo(204);
  }
}
