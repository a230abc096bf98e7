package health.salus.billing.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import health.salus.billing.boundary.InvoiceLineView;
import health.salus.billing.boundary.InvoiceView;
import health.salus.billing.boundary.Issuer;
import health.salus.billing.entity.InvoiceStatus;
import health.salus.shared.entity.Language;
import health.salus.shared.view.PdfFonts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoicePdfTest {

  private final InvoicePdf pdf = new InvoicePdf();

  InvoicePdfTest() {
    pdf.fonts = new InvoiceFonts();
    pdf.fonts.fonts = new PdfFonts();
  }

  private static InvoiceView invoice(String patientName) {
    BigDecimal fee = new BigDecimal("95.00");
    return new InvoiceView(
        1,
        "INV-2026-000001",
        2,
        patientName,
        3L,
        4,
        "Dr Wei Chen",
        Instant.parse("2026-12-01T23:00:00Z"),
        LocalDate.of(2026, 12, 16),
        InvoiceStatus.ISSUED,
        fee,
        BigDecimal.ZERO,
        fee,
        BigDecimal.ZERO,
        fee,
        null,
        List.of(
            new InvoiceLineView(
                "GP-STD", "Standard consultation", 1, fee, fee, BigDecimal.ZERO, fee)),
        List.of(),
        new Issuer("Harbourside Health", "12 345 678 901", "02 9000 0000", null),
        0,
        true,
        false);
  }

  private static String text(byte[] document) throws IOException {
    PdfReader reader = new PdfReader(document);
    try {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } finally {
      reader.close();
    }
  }

  @Test
  void aChineseInvoiceIsInChineseWithAnEmbeddedSubsetOfNotoSansSc() throws IOException {
    byte[] chinese = pdf.render(invoice("\u738b\u5c0f\u660e"), Language.ZH_CN.locale());

    String text = text(chinese);
    assertThat(text)
        .contains("\u8d26\u5355") // 账单 (invoice)
        .contains("\u738b\u5c0f\u660e") // the patient's name in Chinese
        .contains("2026\u5e7412\u670816\u65e5") // the due date, the Chinese way
        .contains("AU$95.00");
    String raw = new String(chinese, StandardCharsets.ISO_8859_1);
    assertThat(raw).containsPattern("/FontName\\s*/[A-Z]{6}\\+NotoSansSC");
    // A subset: the whole font is 10 MB.
    assertThat(chinese.length).isLessThan(200_000);
  }

  @Test
  void anEnglishInvoiceStaysInHelvetica() throws IOException {
    byte[] english = pdf.render(invoice("Alice Martin"), Language.EN_AU.locale());

    assertThat(text(english)).contains("Invoice", "Alice Martin", "16 December 2026", "$95.00");
    assertThat(new String(english, StandardCharsets.ISO_8859_1))
        .contains("Helvetica")
        .doesNotContain("NotoSansSC");
  }
}
