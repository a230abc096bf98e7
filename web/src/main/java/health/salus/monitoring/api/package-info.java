/**
 * The monitoring API: {@code /me/readings} and {@code /me/wellbeing} (the patient records), {@code
 * /patients/{id}/readings}, {@code /wellbeing} and {@code /thresholds} (the patient, the care team,
 * READINGS grantees read; the care team sets thresholds), {@code /me/alerts} and {@code
 * /alerts/{id}/acknowledge} (clinicians).
 */
package health.salus.monitoring.api;
