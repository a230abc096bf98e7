/** The patient timeline over the API: {@code GET /patients/{id}/timeline}. */
package health.salus.timeline.api;
