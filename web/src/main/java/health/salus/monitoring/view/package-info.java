/**
 * Monitoring's pages: the patient's readings page (enter a reading, the WHO-5 check-in, charts and
 * their tables, the thresholds) and the clinician's Alerts worklist on the home page.
 */
package health.salus.monitoring.view;
