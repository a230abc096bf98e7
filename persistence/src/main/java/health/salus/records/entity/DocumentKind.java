package health.salus.records.entity;

/** What a clinical document is. */
public enum DocumentKind {
  /** A letter: from a specialist, to the GP, to the patient. */
  LETTER,
  /** The summary written when the patient leaves hospital. */
  DISCHARGE_SUMMARY,
  /** A referral letter to another practitioner or service. */
  REFERRAL,
  /** A report: imaging, pathology, a test's. */
  REPORT,
  OTHER
}
