package health.salus.billing.view;

import health.salus.billing.boundary.InvoiceService;
import health.salus.billing.boundary.InvoiceView;
import health.salus.shared.view.FileDownload;
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

  private record File(String name, byte[] bytes) {}

  /** For a button's download (PrimeFaces' fileDownload). */
  public StreamedContent of(long invoiceId) {
    File file = file(invoiceId);
    return DefaultStreamedContent.builder()
        .name(file.name())
        .contentType(InvoicePdf.MEDIA_TYPE)
        .contentLength((long) file.bytes().length)
        .stream(() -> new ByteArrayInputStream(file.bytes()))
        .build();
  }

  /** As the answer to a link's view action ({@code invoice-pdf.xhtml}). */
  public void send(long invoiceId) {
    File file = file(invoiceId);
    FileDownload.send(InvoicePdf.MEDIA_TYPE, file.name(), file.bytes());
  }

  private File file(long invoiceId) {
    InvoiceView invoice = invoices.document(invoiceId);
    return new File(pdf.fileName(invoice), pdf.render(invoice));
  }
}
