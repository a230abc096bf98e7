/**
 * Prescriptions control: the queries over medications and refill requests and the demo medications.
 * Who may act on them is {@code consent.boundary.AccessPolicy}'s decision.
 */
package health.salus.prescriptions.control;
