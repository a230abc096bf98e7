package health.salus.billing.view;

import health.salus.billing.boundary.Balance;
import health.salus.billing.boundary.InvoiceService;
import health.salus.billing.boundary.InvoiceView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The patient's payments page: their balance, invoices with lines and payments, each with a link to
 * its PDF ({@link InvoicePdfBacking}). Read for each view: the page has no form to post back.
 */
@Named
@RequestScoped
public class InvoicesBacking {

  /** A patient's invoices fit one page for years; older ones stay reachable over the API. */
  static final int SHOWN = 100;

  @Inject InvoiceService invoices;

  private Balance balance;
  private List<InvoiceView> items = List.of();
  private long total;

  @PostConstruct
  void load() {
    balance = invoices.myBalance();
    var page = invoices.invoices(null, null, 0, SHOWN);
    items = page.items();
    total = page.total();
  }

  public Balance getBalance() {
    return balance;
  }

  public List<InvoiceView> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }
}
