package health.salus.billing.view;

import health.salus.billing.boundary.InvoiceService;
import health.salus.billing.boundary.InvoiceView;
import health.salus.billing.boundary.PaymentRequest;
import health.salus.billing.boundary.PaymentService;
import health.salus.billing.boundary.VoidRequest;
import health.salus.billing.entity.PaymentMethod;
import health.salus.shared.entity.Refusal;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.PagedTable;
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
  private final PagedTable<InvoiceView> table =
      new PagedTable<>((page, size) -> invoices.invoices(null, text, page, size), InvoiceView::id);

  private InvoiceView selected;
  private BigDecimal amount;
  private PaymentMethod method;
  private String reference;
  private String voidReason;

  /** Opens an invoice for the details, payment or void dialog, as it is now. */
  public void select(InvoiceView row) {
    try {
      selected = invoices.invoice(row.id());
    } catch (Refusal refused) {
      PageMessages.show(refused, null);
      return;
    }
    amount = selected.balance();
    method = PaymentMethod.CARD;
    reference = null;
    voidReason = null;
  }

  public void recordPayment() throws IOException {
    PageAction.change(
        () ->
            payments.recordPayment(
                selected.id(), new PaymentRequest(amount, method, reference, selected.version())),
        "payment",
        page(),
        "billing.accounts.paid",
        selected.number());
  }

  public void voidInvoice() throws IOException {
    PageAction.change(
        () -> payments.voidInvoice(selected.id(), new VoidRequest(voidReason)),
        "voidForm",
        Map.of("reason", "voidReason"),
        page(),
        "billing.accounts.voided",
        selected.number());
  }

  public StreamedContent pdf(InvoiceView row) {
    try {
      return download.of(row.id());
    } catch (Refusal refused) {
      PageMessages.show(refused, null);
      return null;
    }
  }

  /** This page again, keeping the search. */
  private String page() {
    String query =
        text == null || text.isBlank()
            ? ""
            : "?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    return "/billing/accounts.xhtml" + query;
  }

  public List<PaymentMethod> getMethods() {
    return List.of(PaymentMethod.values());
  }

  public PagedTable<InvoiceView> getTable() {
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
