package health.salus.billing.view;

import health.salus.shared.view.LinkedFile;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * An invoice's PDF, {@code /billing/invoice-pdf.xhtml?invoice=ID}, linked from the patient's
 * payments page. Whoever may have the invoice gets it ({@code InvoiceService.document}); anyone
 * else the not-found page.
 */
@Named
@RequestScoped
public class InvoicePdfBacking extends LinkedFile {

  @Inject InvoiceDownload download;

  @Override
  protected void send(long invoiceId) {
    download.send(invoiceId);
  }
}
