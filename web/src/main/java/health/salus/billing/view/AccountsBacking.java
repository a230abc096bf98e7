package health.salus.billing.view;

import health.salus.billing.boundary.InvoiceService;
import health.salus.billing.boundary.InvoiceView;
import health.salus.billing.boundary.PaymentRequest;
import health.salus.billing.boundary.PaymentService;
import health.salus.billing.boundary.VoidRequest;
import health.salus.billing.entity.PaymentMethod;
import health.salus.shared.boundary.BusinessException;
import health.salus.shared.boundary.Page;
import health.salus.shared.view.PageMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The front desk's billing page: find invoices by number or patient name, see one, record a payment
 * in a dialog, void one issued in error, download the PDF. Each change is one service call, then
 * the page reloads (keeping the search) with a confirmation.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 20;

  @Inject InvoiceService invoices;
  @Inject PaymentService payments;
  @Inject InvoiceDownload download;

  private String text;
  private final Invoices table = new Invoices();

  private InvoiceView selected;
  private BigDecimal amount;
  private PaymentMethod method;
  private String reference;
  private String voidReason;

  /** Pages of the search result, loaded by the table as staff page through it. */
  public class Invoices extends LazyDataModel<InvoiceView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filters) {
      return (int) invoices.invoices(null, text, 0, 1).total();
    }

    @Override
    public List<InvoiceView> load(
        int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
      Page<InvoiceView> page = invoices.invoices(null, text, first / pageSize, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(InvoiceView row) {
      return Long.toString(row.id());
    }

    @Override
    public InvoiceView getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : getWrappedData().stream()
              .filter(r -> Long.toString(r.id()).equals(rowKey))
              .findFirst()
              .orElse(null);
    }
  }

  /** Opens an invoice for the details, payment or void dialog, as it is now. */
  public void select(InvoiceView row) {
    try {
      selected = invoices.invoice(row.id());
    } catch (BusinessException refused) {
      PageMessages.show(refused, null);
      return;
    }
    amount = selected.balance();
    method = PaymentMethod.CARD;
    reference = null;
    voidReason = null;
  }

  public void recordPayment() throws IOException {
    try {
      payments.recordPayment(
          selected.id(), new PaymentRequest(amount, method, reference, selected.version()));
    } catch (BusinessException refused) {
      PageMessages.show(refused, "payment");
      return;
    } catch (EJBAccessException denied) {
      PageMessages.show(denied);
      return;
    }
    PageMessages.flashInfo("billing.accounts.paid", selected.number());
    reload();
  }

  public void voidInvoice() throws IOException {
    try {
      payments.voidInvoice(selected.id(), new VoidRequest(voidReason));
    } catch (BusinessException refused) {
      PageMessages.show(refused, "voidForm", Map.of("reason", "voidReason"));
      return;
    } catch (EJBAccessException denied) {
      PageMessages.show(denied);
      return;
    }
    PageMessages.flashInfo("billing.accounts.voided", selected.number());
    reload();
  }

  public StreamedContent pdf(InvoiceView row) {
    try {
      return download.of(row.id());
    } catch (BusinessException refused) {
      PageMessages.show(refused, null);
      return null;
    }
  }

  private void reload() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String query =
        text == null || text.isBlank()
            ? ""
            : "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    external.redirect(external.getRequestContextPath() + "/billing/accounts.xhtml" + query);
  }

  public List<PaymentMethod> getMethods() {
    return List.of(PaymentMethod.values());
  }

  public Invoices getTable() {
    return table;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public InvoiceView getSelected() {
    return selected;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public PaymentMethod getMethod() {
    return method;
  }

  public void setMethod(PaymentMethod method) {
    this.method = method;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public void setVoidReason(String voidReason) {
    this.voidReason = voidReason;
  }
}
