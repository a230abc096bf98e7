/**
 * The patient 360° timeline. {@link health.salus.timeline.boundary.TimelineService} assembles, for
 * the patient's care team (the patient's practitioners and the case team of the patient's cases,
 * decided and audited by the access policy), every interaction with the patient newest first, page
 * by page with a cursor, filtered by kind. Each feature adds its kinds with one {@link
 * health.salus.timeline.boundary.TimelineSource} in its control package (appointments,
 * consultations, refills, reading alerts, case events, referrals, messages, emergency accesses)
 * that keeps its own rules of what the viewer may see; a page costs one bounded query per source
 * stream (per part of it, where a viewer sees disjoint parts, such as shared notes and the internal
 * notes of their own cases), each along an index of the patient and the instant.
 */
package health.salus.timeline.boundary;
