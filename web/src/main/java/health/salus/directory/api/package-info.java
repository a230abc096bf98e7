/**
 * Directory over REST: {@code GET /practitioners}; {@code /patients/{patientId}/care-team} (STAFF)
 * to read and extend a patient's care team.
 */
package health.salus.directory.api;
