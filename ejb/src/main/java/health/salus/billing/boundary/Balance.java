package health.salus.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a patient still owes over all their invoices, and on how many of them. */
public record Balance(long patientId, BigDecimal outstanding, long openInvoices)
    implements Serializable {

  /** Whether anything is still to pay (not a property: the API's balance has no such field). */
  public boolean owing() {
    return openInvoices > 0;
  }
}
