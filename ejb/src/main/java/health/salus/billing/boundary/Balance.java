package health.salus.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a patient still owes over all their invoices, and on how many of them. */
public record Balance(long patientId, BigDecimal outstanding, long openInvoices)
    implements Serializable {}
