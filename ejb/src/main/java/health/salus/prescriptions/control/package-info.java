/**
 * Prescriptions control: the queries over medications and refill requests, who may act on them
 * (owner, prescriber, care team) with the audit of refusals, and the demo medications.
 */
package health.salus.prescriptions.control;
