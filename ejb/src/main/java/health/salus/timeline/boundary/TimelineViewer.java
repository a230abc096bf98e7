package health.salus.timeline.boundary;

import health.salus.consent.boundary.Access.Basis;

/**
 * Who reads the timeline, as the sources need to know it: the account, the practitioner record
 * where there is one, and the basis the access policy allowed the reading on ({@link
 * Basis#CARE_TEAM}, {@link Basis#CASE_TEAM} or {@link Basis#EMERGENCY}).
 */
public record TimelineViewer(long accountId, Long practitionerId, Basis basis) {

  /** Whether the viewer is of the patient's clinical care team (not only under emergency). */
  public boolean careTeam() {
    return basis == Basis.CARE_TEAM;
  }

  /** Whether the viewer reads as a clinician: the care team or under emergency access. */
  public boolean clinical() {
    return basis == Basis.CARE_TEAM || basis == Basis.EMERGENCY;
  }
}
