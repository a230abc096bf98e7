package health.salus.testsupport;

/**
 * A fresh patient registered through the API for one test (demo patients are only read), with a
 * practitioner in their care team when asked: the front desk (desk.jones) adds them as GP.
 */
public record TestPatient(String username, String password, long id, String fullName) {

  /** A new patient, with no care team. */
  public static TestPatient register(String prefix) {
    String username = Api.unique(prefix);
    String password = Api.strongPassword();
    long id = Api.registerPatient(username, password).getJsonNumber("patientId").longValue();
    return new TestPatient(username, password, id, "Test " + username);
  }

  /** A new patient whose GP is the practitioner with this username (say dr.chen). */
  public static TestPatient withGp(String prefix, String practitionerUsername) {
    TestPatient patient = register(prefix);
    Directory.joinCareTeam(patient.id(), practitionerUsername);
    return patient;
  }

  /** The patient signed in. */
  public Api api() {
    return Api.as(username, password);
  }

  /** A path under {@code /patients/{id}}, such as {@code path("/record")}. */
  public String path(String rest) {
    return "/patients/" + id + rest;
  }
}
