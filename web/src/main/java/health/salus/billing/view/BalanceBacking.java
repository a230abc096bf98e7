package health.salus.billing.view;

import health.salus.billing.boundary.Balance;
import health.salus.billing.boundary.InvoiceService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the signed-in patient still owes, for their home page; asked once per request. */
@Named
@RequestScoped
public class BalanceBacking {

  @Inject InvoiceService invoices;

  private Balance balance;

  public Balance getBalance() {
    if (balance == null) {
      balance = invoices.myBalance();
    }
    return balance;
  }

  /** Whether anything is still to pay. */
  public boolean isOwing() {
    return getBalance().openInvoices() > 0;
  }
}
