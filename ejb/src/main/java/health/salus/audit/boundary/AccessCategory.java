package health.salus.audit.boundary;

/**
 * What part of a patient's data an entry of their access history is about, as the patient reads it.
 * CONDITIONS, RESULTS, DOCUMENTS and READINGS are the record's categories (as consent grants name
 * them); RECORD is the whole record at once (a clinician's emergency access); the others cover the
 * portal's other data. OTHER is an action not (yet) in the table.
 */
public enum AccessCategory {
  CONDITIONS,
  MEDICATIONS,
  RESULTS,
  DOCUMENTS,
  READINGS,
  RECORD,
  APPOINTMENTS,
  BILLING,
  ACCOUNT,
  OTHER
}
