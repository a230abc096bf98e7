/**
 * Personal health monitoring: the readings a patient enters, the thresholds a clinician sets for a
 * patient, the weekly WHO-5 wellbeing check-in, the per-type excursion state and the alerts of the
 * care team. The entities guard their rules: a unit fits its type (mg/dL glucose is converted to
 * mmol/L), a value lies within plausible bounds, a threshold's low is below its high, WHO-5 answers
 * are five numbers 0..5, an excursion raises an alert only when it begins, and an alert is
 * acknowledged once.
 */
package health.salus.monitoring.entity;
