package health.salus.scheduling.control;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.consent.boundary.Access;
import health.salus.consent.boundary.AccessPolicy;
import health.salus.directory.entity.Practitioner;
import health.salus.scheduling.boundary.WaitlistView;
import health.salus.scheduling.entity.WaitlistEntry;
import health.salus.shared.boundary.AccessDeniedException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Waitlist entries as the boundaries show them, for the waitlist's own calls and for the patient's
 * appointments page (which reads its waitlist in the same call as its appointments): each entry
 * read is audited, and shown with its practitioner's name.
 */
@Dependent
public class WaitlistReads {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject AccessPolicy accessPolicy;
  @Inject WaitlistRepository waitlist;
  @Inject AuditTrail audit;

  /**
   * A patient's entries not left (optionally of one practitioner); refused unless the caller may
   * act for the patient ({@link AccessPolicy}, which audits a refusal).
   */
  public List<WaitlistView> ofPatient(long patientId, Long practitionerId) {
    if (!accessPolicy.permits(patientId, Access.to("WAITLIST_READ", "WaitlistEntry", null))) {
      throw new AccessDeniedException("waitlist.notForThisPatient");
    }
    return shown(waitlist.ofPatient(patientId, practitionerId));
  }

  /** These entries as shown, each audited as read. */
  public List<WaitlistView> shown(List<WaitlistEntry> entries) {
    if (!entries.isEmpty()) {
      audit.recordAll(
          entries.stream()
              .map(
                  e ->
                      AuditEvent.of("WAITLIST_READ", AuditOutcome.SUCCESS)
                          .aboutPatient(e.getPatientId())
                          .object("WaitlistEntry", e.getId()))
              .toList());
    }
    return entries.stream().map(this::view).toList();
  }

  /** One entry as shown. */
  public WaitlistView view(WaitlistEntry entry) {
    Practitioner practitioner = em.find(Practitioner.class, entry.getPractitionerId());
    return WaitlistView.of(
        entry, practitioner == null ? "" : practitioner.getAccount().getFullName());
  }
}
