/**
 * Billing: an invoice per completed appointment, priced from the fee schedule by practitioner and
 * mode, with GST (10 %) on taxable items only; payments recorded by staff; the balance a patient
 * sees online (the "medical payments view").
 *
 * <p>Operations: {@link health.salus.billing.boundary.InvoiceService} (a patient's own invoices and
 * balance, a carer those of the patients they act for, staff all), {@link
 * health.salus.billing.boundary.PaymentService} (staff: record a payment, void), {@link
 * health.salus.billing.boundary.FeeScheduleService} (read by all, kept by staff and
 * administrators). Invoices are issued by observing {@code AppointmentEvent} COMPLETED.
 *
 * <p>Rules: one invoice per appointment; no fee, no invoice (audited FAILURE); a payment is
 * positive, in cents and at most the balance (else 422); the status follows the balance; a void
 * needs a reason and no payments; a patient reaches only their own invoices and a carer those of
 * the patients whose {@code actFor} grant they hold (others are 404, or 403 for a list); every read
 * and change is audited as about the patient.
 */
package health.salus.billing.boundary;
