package health.salus.consent.entity;

/**
 * What part of the record a grant opens: {@link #CONDITIONS} (conditions and allergies), {@link
 * #MEDICATIONS}, {@link #RESULTS} (observations), {@link #DOCUMENTS}, {@link #READINGS}, or {@link
 * #ALL} of them.
 */
public enum ConsentCategory {
  CONDITIONS,
  MEDICATIONS,
  RESULTS,
  DOCUMENTS,
  READINGS,
  ALL
}
