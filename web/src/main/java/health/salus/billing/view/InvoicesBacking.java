package health.salus.billing.view;

import health.salus.billing.boundary.Balance;
import health.salus.billing.boundary.InvoiceService;
import health.salus.billing.boundary.InvoiceView;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** The patient's payments page: their balance, invoices with lines and payments, PDF downloads. */
@Named
@ViewScoped
public class InvoicesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A patient's invoices fit one page for years; older ones stay reachable over the API. */
  static final int SHOWN = 100;

  @Inject InvoiceService invoices;
  @Inject InvoiceDownload download;

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

  /** The invoice as a PDF; null (with a message) when it cannot be had. */
  public StreamedContent pdf(InvoiceView invoice) {
    try {
      return download.of(invoice.id());
    } catch (Refusal refused) {
      PageMessages.show(refused, null);
      return null;
    }
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
