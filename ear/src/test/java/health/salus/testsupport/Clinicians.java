package health.salus.testsupport;

/** Clinicians of a test's own. */
public final class Clinicians {

  private Clinicians() {}

  /**
   * A new CLINICIAN account made by the demo administrator over the API, with a practitioner entry
   * and in no patient's care team; the test class deploys {@link ClinicianFixture} ({@code
   * Deployments.salusWith(ClinicianFixture.class)}).
   */
  public static Api.Credentials outsider() {
    Api.Credentials clinician = Api.newStaff("dr-out", "CLINICIAN");
    Deployments.callTestResource("POST", "/test/practitioners/" + clinician.username());
    return clinician;
  }
}
