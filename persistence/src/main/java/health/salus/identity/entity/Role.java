package health.salus.identity.entity;

/** The roles of Salus; the names are the security roles and the groups of the identity store. */
public enum Role {
  PATIENT,
  CARER,
  CLINICIAN,
  EDUCATOR,
  CASE_MANAGER,
  MODERATOR,
  STAFF,
  ADMIN;

  /** Role names as constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String PATIENT = "PATIENT";
    public static final String CARER = "CARER";
    public static final String CLINICIAN = "CLINICIAN";
    public static final String EDUCATOR = "EDUCATOR";
    public static final String CASE_MANAGER = "CASE_MANAGER";
    public static final String MODERATOR = "MODERATOR";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Names() {}
  }
}
