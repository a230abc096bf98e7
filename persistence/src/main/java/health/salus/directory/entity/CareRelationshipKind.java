package health.salus.directory.entity;

/** How a practitioner is involved in a patient's care. */
public enum CareRelationshipKind {
  GENERAL_PRACTITIONER,
  SPECIALIST,
  NURSE,
  ALLIED_HEALTH,
  EDUCATOR,
  CARE_COORDINATOR
}
