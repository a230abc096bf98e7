/**
 * Prescriptions pages: the patient's medications with refill requests ({@code
 * prescriptions/medications.xhtml}) and the clinician's refill queue ({@code
 * prescriptions/refill-queue.xhtml}).
 */
package health.salus.prescriptions.view;
