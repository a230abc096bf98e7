/**
 * The patient timeline page (timeline/patient): the care team's view of every interaction with a
 * patient, newest first, with kind checkboxes (a GET form) and older/newest links; reached from the
 * record page and the case page.
 */
package health.salus.timeline.view;
