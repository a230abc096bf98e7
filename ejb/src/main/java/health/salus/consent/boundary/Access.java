package health.salus.consent.boundary;

import health.salus.consent.entity.ConsentCategory;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the caller tries to do for or about a patient, as the audit trail names it: the action, the
 * object it is about, on which {@link Basis bases} it may be allowed and, optionally, why it is
 * refused when it is. {@link #to} asks for acting for the patient (the patient themself, the front
 * desk or a carer under the patient's {@code actFor} grant); {@link #allowing} names other bases,
 * {@link #treatedBy} the practitioner the object belongs to (an appointment's practitioner, a
 * medication's prescriber), {@link #about} the category of the record it reads (which a patient's
 * grant must open for {@link Basis#CONSENT}).
 */
public record Access(
    String action,
    String objectType,
    Object objectId,
    String refusalDetail,
    Set<Basis> bases,
    Long practitionerId,
    ConsentCategory category) {

  /** What may make an access legitimate; each names the purpose the audit trail records. */
  public enum Basis {
    /** The patient acts on their own record. */
    SELF("SELF"),
    /** The front desk (STAFF) acts for the patient. */
    FRONT_DESK("ADMINISTRATION"),
    /** The practitioner the object belongs to ({@link Access#treatedBy}). */
    TREATING_PRACTITIONER("CARE"),
    /** That practitioner, or a clinician of the patient's care team. */
    CARE_TEAM("CARE"),
    /**
     * The case manager or a member of the case team of one of the patient's cases (casework), for
     * what the case team reads about the patient (the patient timeline).
     */
    CASE_TEAM("CARE"),
    /** The caller holds the patient's active grant that opens the access's {@link #category}. */
    CONSENT("CONSENT"),
    /**
     * The caller holds the patient's active grant with {@code actFor}: a carer acts for the patient
     * (books, cancels, asks for refills, sees invoices), on the patient's consent.
     */
    ACTING_FOR("CONSENT"),
    /**
     * A clinician outside the care team who opened the patient's record in an emergency, while that
     * access lasts (see {@code EmergencyAccessService}).
     */
    EMERGENCY("EMERGENCY");

    private final String purpose;

    Basis(String purpose) {
      this.purpose = purpose;
    }

    /** The purpose of use the audit trail records for an access on this basis. */
    public String purpose() {
      return purpose;
    }
  }

  public Access {
    bases = Set.copyOf(bases);
  }

  /**
   * Acting for the patient: the patient themself, the front desk, or a carer under the patient's
   * active {@code actFor} grant.
   */
  public static Access to(String action, String objectType, Object objectId) {
    return new Access(
        action,
        objectType,
        objectId,
        null,
        EnumSet.of(Basis.SELF, Basis.FRONT_DESK, Basis.ACTING_FOR),
        null,
        null);
  }

  /**
   * Reading a category of the patient's record: the patient, the care team, an account holding the
   * patient's active grant of the category, and a clinician under emergency access may. The one way
   * a feature asks to read clinical data.
   */
  public static Access toRead(
      String action, String objectType, Object objectId, ConsentCategory category) {
    return new Access(
        action,
        objectType,
        objectId,
        null,
        EnumSet.of(Basis.SELF, Basis.CARE_TEAM, Basis.CONSENT, Basis.EMERGENCY),
        null,
        category);
  }

  /** The same access, allowed on these bases only. */
  public Access allowing(Basis first, Basis... more) {
    return new Access(
        action,
        objectType,
        objectId,
        refusalDetail,
        EnumSet.of(first, more),
        practitionerId,
        category);
  }

  /** The same access about an object that belongs to this practitioner. */
  public Access treatedBy(Long practitioner) {
    return new Access(action, objectType, objectId, refusalDetail, bases, practitioner, category);
  }

  public Access saying(String detail) {
    return new Access(action, objectType, objectId, detail, bases, practitionerId, category);
  }

  /** The same access, reading this category of the patient's record. */
  public Access about(ConsentCategory read) {
    return new Access(action, objectType, objectId, refusalDetail, bases, practitionerId, read);
  }
}
