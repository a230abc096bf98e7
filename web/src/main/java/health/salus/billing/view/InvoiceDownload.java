package health.salus.billing.view;

import health.salus.billing.boundary.InvoiceService;
import health.salus.billing.boundary.InvoiceView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The PDF download of an invoice for the billing pages; the service checks who may have it. */
@ApplicationScoped
public class InvoiceDownload {

  @Inject InvoiceService invoices;
  @Inject InvoicePdf pdf;

  public StreamedContent of(long invoiceId) {
    InvoiceView invoice = invoices.document(invoiceId);
    byte[] bytes = pdf.render(invoice);
    return DefaultStreamedContent.builder()
        .name(pdf.fileName(invoice))
        .contentType(InvoicePdf.MEDIA_TYPE)
        .contentLength((long) bytes.length)
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }
}
