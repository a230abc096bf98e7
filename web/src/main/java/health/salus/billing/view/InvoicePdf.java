package health.salus.billing.view;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import health.salus.billing.boundary.InvoiceLineView;
import health.salus.billing.boundary.InvoiceView;
import health.salus.billing.boundary.Issuer;
import health.salus.billing.boundary.PaymentView;
import health.salus.shared.entity.Language;
import health.salus.shared.view.LocalFormats;
import health.salus.shared.view.UserMessages;
import health.salus.shared.view.UserZone;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An invoice as a PDF (OpenPDF): the issuing organisation with its ABN, the patient, number and
 * dates, the lines with GST, the total, payments and balance; "Tax invoice" when GST is charged, as
 * the law asks of a taxable supply. One renderer for the page's download and the API.
 */
@ApplicationScoped
public class InvoicePdf {

  public static final String MEDIA_TYPE = "application/pdf";

  // English only until an embedded CJK font is in place: the standard PDF fonts have no Chinese.
  private static final Locale LANGUAGE = Language.EN_AU.locale();
  private static final DateTimeFormatter DATE = LocalFormats.pattern(LANGUAGE, "format.longDate");
  private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
  private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
  private static final Font NORMAL = new Font(Font.HELVETICA, 10, Font.NORMAL);
  private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL);

  /** The file name a browser saves it under, such as {@code INV-2026-000123.pdf}. */
  public String fileName(InvoiceView invoice) {
    return invoice.number() + ".pdf";
  }

  public byte[] render(InvoiceView invoice) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(invoice.number());
      document.open();
      issuer(document, invoice.issuer());
      String title = invoice.taxable() ? "pdf.taxInvoice" : "pdf.invoice";
      document.add(new Paragraph(text(title), TITLE));
      document.add(facts(invoice));
      document.add(lines(invoice));
      document.add(totals(invoice));
      if (!invoice.payments().isEmpty()) {
        document.add(payments(invoice));
      }
      if (invoice.voidReason() != null) {
        document.add(new Paragraph(text("pdf.void", invoice.voidReason()), BOLD));
      }
      document.add(new Paragraph(text("pdf.gstNote"), SMALL));
    } catch (DocumentException e) {
      throw new IllegalStateException("invoice " + invoice.id() + " could not be rendered", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static void issuer(Document document, Issuer issuer) throws DocumentException {
    if (issuer == null) {
      return;
    }
    document.add(new Paragraph(issuer.name(), BOLD));
    if (issuer.abn() != null) {
      document.add(new Paragraph(text("pdf.abn", issuer.abn()), NORMAL));
    }
    if (issuer.phone() != null) {
      document.add(new Paragraph(text("pdf.phone", issuer.phone()), NORMAL));
    }
    document.add(new Paragraph(" "));
  }

  private static PdfPTable facts(InvoiceView invoice) {
    PdfPTable table = new PdfPTable(new float[] {1, 2});
    table.setWidthPercentage(60);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setSpacingBefore(8);
    fact(table, "pdf.number", invoice.number());
    fact(table, "pdf.issued", date(invoice.issuedAt()));
    fact(table, "pdf.due", DATE.format(invoice.dueDate()));
    fact(table, "pdf.patient", invoice.patientName());
    fact(table, "pdf.practitioner", invoice.practitionerName());
    fact(table, "pdf.status", text("invoice.status." + invoice.status()));
    return table;
  }

  private static void fact(PdfPTable table, String key, String value) {
    table.addCell(cell(text(key), BOLD, Element.ALIGN_LEFT));
    table.addCell(cell(value == null ? "" : value, NORMAL, Element.ALIGN_LEFT));
  }

  private static PdfPTable lines(InvoiceView invoice) {
    PdfPTable table = new PdfPTable(new float[] {1.2f, 4, 0.8f, 1.3f, 1.3f, 1.2f, 1.4f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    for (String key :
        new String[] {
          "pdf.item",
          "pdf.description",
          "pdf.quantity",
          "pdf.unitPrice",
          "pdf.amount",
          "pdf.gst",
          "pdf.lineTotal"
        }) {
      table.addCell(cell(text(key), BOLD, Element.ALIGN_LEFT));
    }
    for (InvoiceLineView line : invoice.lines()) {
      table.addCell(cell(line.itemCode(), NORMAL, Element.ALIGN_LEFT));
      table.addCell(cell(line.description(), NORMAL, Element.ALIGN_LEFT));
      table.addCell(cell(Integer.toString(line.quantity()), NORMAL, Element.ALIGN_RIGHT));
      table.addCell(cell(money(line.unitPrice()), NORMAL, Element.ALIGN_RIGHT));
      table.addCell(cell(money(line.amount()), NORMAL, Element.ALIGN_RIGHT));
      table.addCell(cell(money(line.gst()), NORMAL, Element.ALIGN_RIGHT));
      table.addCell(cell(money(line.total()), NORMAL, Element.ALIGN_RIGHT));
    }
    return table;
  }

  private static PdfPTable totals(InvoiceView invoice) {
    PdfPTable table = new PdfPTable(new float[] {3, 1.4f});
    table.setWidthPercentage(45);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.setSpacingBefore(8);
    total(table, "pdf.subtotal", invoice.subtotal(), NORMAL);
    total(table, "pdf.gstTotal", invoice.gst(), NORMAL);
    total(table, "pdf.total", invoice.total(), BOLD);
    total(table, "pdf.paid", invoice.amountPaid(), NORMAL);
    total(table, "pdf.balance", invoice.balance(), BOLD);
    return table;
  }

  private static void total(PdfPTable table, String key, BigDecimal amount, Font font) {
    table.addCell(cell(text(key), font, Element.ALIGN_LEFT));
    table.addCell(cell(money(amount), font, Element.ALIGN_RIGHT));
  }

  private static PdfPTable payments(InvoiceView invoice) {
    PdfPTable table = new PdfPTable(new float[] {2, 2, 2, 1.4f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    for (String key : new String[] {"pdf.paidOn", "pdf.method", "pdf.reference", "pdf.amount"}) {
      table.addCell(cell(text(key), BOLD, Element.ALIGN_LEFT));
    }
    for (PaymentView payment : invoice.payments()) {
      table.addCell(cell(date(payment.receivedAt()), NORMAL, Element.ALIGN_LEFT));
      table.addCell(cell(text("payment.method." + payment.method()), NORMAL, Element.ALIGN_LEFT));
      table.addCell(
          cell(payment.reference() == null ? "" : payment.reference(), NORMAL, Element.ALIGN_LEFT));
      table.addCell(cell(money(payment.amount()), NORMAL, Element.ALIGN_RIGHT));
    }
    return table;
  }

  private static PdfPCell cell(String text, Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setPadding(4);
    return cell;
  }

  private static String date(Instant instant) {
    return DATE.format(LocalDate.ofInstant(instant, UserZone.DEFAULT));
  }

  private static String money(BigDecimal amount) {
    return LocalFormats.money(LANGUAGE, amount);
  }

  private static String text(String key, Object... arguments) {
    return UserMessages.text(LANGUAGE, key, arguments);
  }
}
