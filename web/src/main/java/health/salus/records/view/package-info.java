/**
 * The medical record's pages. The health record ({@code records/record.xhtml}): a summary first
 * (active conditions, allergies, medications taken now, results outside their usual range), then
 * each section the reader may read, results as a table and a chart per test against the usual
 * range; a clinician outside the care team is offered emergency access instead of the record. The
 * documents of a patient's record ({@code records/documents.xhtml}): list, download, and the upload
 * form for the care team.
 */
package health.salus.records.view;
