/**
 * Scheduling pages' backing beans, one per page in {@code /scheduling/}: finding a practitioner,
 * booking (and moving), the patient's appointments, the front desk's patient search, the
 * clinician's diary and availability. They call the scheduling boundary only.
 */
package health.salus.scheduling.view;
