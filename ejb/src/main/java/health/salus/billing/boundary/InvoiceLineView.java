package health.salus.billing.boundary;

import health.salus.billing.entity.InvoiceLine;
import java.io.Serializable;
import java.math.BigDecimal;

/** One line of an invoice: amount is quantity times unit price ex GST; total includes GST. */
public record InvoiceLineView(
    String itemCode,
    String description,
    int quantity,
    BigDecimal unitPrice,
    BigDecimal amount,
    BigDecimal gst,
    BigDecimal total)
    implements Serializable {

  static InvoiceLineView of(InvoiceLine line) {
    return new InvoiceLineView(
        line.getItemCode(),
        line.getDescription(),
        line.getQuantity(),
        line.getUnitPrice(),
        line.getAmount(),
        line.getGst(),
        line.getTotal());
  }
}
