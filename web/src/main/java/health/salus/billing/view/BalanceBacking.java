package health.salus.billing.view;

import health.salus.billing.boundary.Balance;
import health.salus.billing.boundary.InvoiceService;
import health.salus.shared.view.RequestMemo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the signed-in patient still owes, for their home page; asked once per request. */
@Named
@ApplicationScoped
public class BalanceBacking {

  @Inject InvoiceService invoices;

  public Balance getBalance() {
    return RequestMemo.of("billing.balance", invoices::myBalance);
  }

  /** Whether anything is still to pay. */
  public boolean isOwing() {
    return getBalance().openInvoices() > 0;
  }
}
