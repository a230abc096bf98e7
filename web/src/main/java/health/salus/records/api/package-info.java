/**
 * The medical record's REST resources: {@code GET /patients/{id}/record} (the summary, limited to
 * the caller's categories), {@code GET /patients/{id}/observations} (results, paged, by test), and
 * for each kind of entry ({@code conditions}, {@code allergies}, {@code observations}, {@code
 * immunisations}) {@code POST} to enter, {@code POST /{entryId}/corrections} to correct and {@code
 * GET /{entryId}/history} for every version; {@code /patients/{id}/documents} to upload a document
 * (the bytes as the body), list them and download one ({@code /{docId}/content}).
 */
package health.salus.records.api;
