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
import health.salus.shared.view.LocalFormats;
import health.salus.shared.view.UserMessages;
import health.salus.shared.view.UserZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  @Inject InvoiceFonts fonts;

  /** The file name a browser saves it under, such as {@code INV-2026-000123.pdf}. */
  public String fileName(InvoiceView invoice) {
    return invoice.number() + ".pdf";
  }

  /** The invoice in the caller's language (the page's, or the API request's). */
  public byte[] render(InvoiceView invoice) {
    return render(invoice, UserMessages.locale());
  }

  public byte[] render(InvoiceView invoice, Locale language) {
    Style s = new Style(language, fonts.of(language));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(invoice.number());
      document.open();
      issuer(s, document, invoice.issuer());
      String title = invoice.taxable() ? "pdf.taxInvoice" : "pdf.invoice";
      document.add(new Paragraph(text(s, title), s.fonts().title()));
      document.add(facts(s, invoice));
      document.add(lines(s, invoice));
      document.add(totals(s, invoice));
      if (!invoice.payments().isEmpty()) {
        document.add(payments(s, invoice));
      }
      if (invoice.voidReason() != null) {
        document.add(new Paragraph(text(s, "pdf.void", invoice.voidReason()), s.fonts().bold()));
      }
      document.add(new Paragraph(text(s, "pdf.gstNote"), s.fonts().small()));
    } catch (DocumentException e) {
      throw new IllegalStateException("invoice " + invoice.id() + " could not be rendered", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private static void issuer(Style s, Document document, Issuer issuer) throws DocumentException {
    if (issuer == null) {
      return;
    }
    document.add(new Paragraph(issuer.name(), s.fonts().bold()));
    if (issuer.abn() != null) {
      document.add(new Paragraph(text(s, "pdf.abn", issuer.abn()), s.fonts().normal()));
    }
    if (issuer.phone() != null) {
      document.add(new Paragraph(text(s, "pdf.phone", issuer.phone()), s.fonts().normal()));
    }
    document.add(new Paragraph(" "));
  }

  private static PdfPTable facts(Style s, InvoiceView invoice) {
    PdfPTable table = new PdfPTable(new float[] {1, 2});
    table.setWidthPercentage(60);
    table.setHorizontalAlignment(Element.ALIGN_LEFT);
    table.setSpacingBefore(8);
    fact(s, table, "pdf.number", invoice.number());
    fact(s, table, "pdf.issued", date(s, invoice.issuedAt()));
    fact(s, table, "pdf.due", s.date().format(invoice.dueDate()));
    fact(s, table, "pdf.patient", invoice.patientName());
    fact(s, table, "pdf.practitioner", invoice.practitionerName());
    fact(s, table, "pdf.status", text(s, "invoice.status." + invoice.status()));
    return table;
  }

  private static void fact(Style s, PdfPTable table, String key, String value) {
    table.addCell(cell(text(s, key), s.fonts().bold(), Element.ALIGN_LEFT));
    table.addCell(cell(value == null ? "" : value, s.fonts().normal(), Element.ALIGN_LEFT));
  }

  private static PdfPTable lines(Style s, InvoiceView invoice) {
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
      table.addCell(cell(text(s, key), s.fonts().bold(), Element.ALIGN_LEFT));
    }
    for (InvoiceLineView line : invoice.lines()) {
      table.addCell(cell(line.itemCode(), s.fonts().normal(), Element.ALIGN_LEFT));
      table.addCell(cell(line.description(), s.fonts().normal(), Element.ALIGN_LEFT));
      table.addCell(
          cell(Integer.toString(line.quantity()), s.fonts().normal(), Element.ALIGN_RIGHT));
      table.addCell(cell(money(s, line.unitPrice()), s.fonts().normal(), Element.ALIGN_RIGHT));
      table.addCell(cell(money(s, line.amount()), s.fonts().normal(), Element.ALIGN_RIGHT));
      table.addCell(cell(money(s, line.gst()), s.fonts().normal(), Element.ALIGN_RIGHT));
      table.addCell(cell(money(s, line.total()), s.fonts().normal(), Element.ALIGN_RIGHT));
    }
    return table;
  }

  private static PdfPTable totals(Style s, InvoiceView invoice) {
    PdfPTable table = new PdfPTable(new float[] {3, 1.4f});
    table.setWidthPercentage(45);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.setSpacingBefore(8);
    total(s, table, "pdf.subtotal", invoice.subtotal(), s.fonts().normal());
    total(s, table, "pdf.gstTotal", invoice.gst(), s.fonts().normal());
    total(s, table, "pdf.total", invoice.total(), s.fonts().bold());
    total(s, table, "pdf.paid", invoice.amountPaid(), s.fonts().normal());
    total(s, table, "pdf.balance", invoice.balance(), s.fonts().bold());
    return table;
  }

  private static void total(Style s, PdfPTable table, String key, BigDecimal amount, Font font) {
    table.addCell(cell(text(s, key), font, Element.ALIGN_LEFT));
    table.addCell(cell(money(s, amount), font, Element.ALIGN_RIGHT));
  }

  private static PdfPTable payments(Style s, InvoiceView invoice) {
    PdfPTable table = new PdfPTable(new float[] {2, 2, 2, 1.4f});
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    for (String key : new String[] {"pdf.paidOn", "pdf.method", "pdf.reference", "pdf.amount"}) {
      table.addCell(cell(text(s, key), s.fonts().bold(), Element.ALIGN_LEFT));
    }
    for (PaymentView payment : invoice.payments()) {
      table.addCell(cell(date(s, payment.receivedAt()), s.fonts().normal(), Element.ALIGN_LEFT));
      table.addCell(
          cell(
              text(s, "payment.method." + payment.method()),
              s.fonts().normal(),
              Element.ALIGN_LEFT));
      table.addCell(
          cell(
              payment.reference() == null ? "" : payment.reference(),
              s.fonts().normal(),
              Element.ALIGN_LEFT));
      table.addCell(cell(money(s, payment.amount()), s.fonts().normal(), Element.ALIGN_RIGHT));
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

  private static String date(Style s, Instant instant) {
    return s.date().format(LocalDate.ofInstant(instant, UserZone.DEFAULT));
  }

  private static String money(Style s, BigDecimal amount) {
    return LocalFormats.money(s.language(), amount);
  }

  private static String text(Style s, String key, Object... arguments) {
    return UserMessages.text(s.language(), key, arguments);
  }

  /** The language and fonts of one rendering. */
  private record Style(Locale language, InvoiceFonts.Set fonts) {

    DateTimeFormatter date() {
      return LocalFormats.pattern(language, "format.longDate");
    }
  }
}
