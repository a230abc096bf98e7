/**
 * Scheduling REST resources: {@code /slots}, {@code /bookable-practitioners}, {@code /appointments}
 * (book, list, cancel, reschedule, arrive, no-show, complete, video) and {@code
 * /practitioners/{id}/availability}. They only translate HTTP to the scheduling boundary.
 */
package health.salus.scheduling.api;
