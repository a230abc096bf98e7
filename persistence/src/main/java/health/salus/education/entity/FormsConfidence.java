package health.salus.education.entity;

/**
 * Chew's item, "How confident are you filling out medical forms by yourself?": somewhat, a little
 * or not at all point to limited health literacy.
 */
public enum FormsConfidence {
  EXTREMELY,
  QUITE_A_BIT,
  SOMEWHAT,
  A_LITTLE,
  NOT_AT_ALL;

  public boolean pointsToLimited() {
    return this == SOMEWHAT || this == A_LITTLE || this == NOT_AT_ALL;
  }
}
