package health.salus.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The patients the caller acts for in this request as their carer, noted by the access policy when
 * it lets a carer in, so that every entry the request writes about such a patient says on whose
 * behalf it was done (the actor stays the carer).
 */
@RequestScoped
public class ActingFor {

  private final Map<Long, String> patients = new HashMap<>();

  /** The caller acts for this patient (by id), whose account is {@code username}. */
  public void note(long patientId, String username) {
    patients.put(patientId, username);
  }

  /** The username of the patient the caller acts for, if this entry is about one. */
  public Optional<String> patient(Long patientId) {
    return patientId == null ? Optional.empty() : Optional.ofNullable(patients.get(patientId));
  }
}
