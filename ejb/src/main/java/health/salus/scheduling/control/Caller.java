package health.salus.scheduling.control;

/**
 * Who is calling, as scheduling needs to know: the username, whether they work at the front desk,
 * and their patient and practitioner ids where they have them.
 */
public record Caller(String username, boolean staff, Long patientId, Long practitionerId) {

  public boolean isPractitioner(long id) {
    return practitionerId != null && practitionerId == id;
  }
}
