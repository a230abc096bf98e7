/**
 * The medical record. {@link health.salus.records.boundary.RecordService} reads it: the summary of
 * a patient's record (patient details, conditions, medications, allergies, the latest results,
 * immunisations, the latest consultations), results page by page and by test, and the history of an
 * entry, each category as {@code consent.boundary.AccessPolicy} decides (the patient, the care
 * team, a grant of the category; consultations for the patient and the care team only; a result
 * with a release moment hidden from all but the care team until then). {@link
 * health.salus.records.boundary.RecordEntryService}: a clinician of the patient's care team enters
 * conditions, allergies, results and immunisations, and corrects them with a reason; a correction
 * is a new version that supersedes the current one, never an overwrite, and correcting a version
 * that is no longer current is a conflict (409). Every decision, entry and correction is audited
 * about the patient. {@link health.salus.records.boundary.DocumentService}: a clinician of the care
 * team uploads letters, discharge summaries, referrals and reports (type told from the bytes: PDF,
 * PNG, JPEG, plain text; a size limit), and the readers of the patient's DOCUMENTS list and
 * download them, a release-dated one hidden from all but the care team until then.
 */
package health.salus.records.boundary;
