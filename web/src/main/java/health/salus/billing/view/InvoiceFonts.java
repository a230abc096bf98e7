package health.salus.billing.view;

import com.lowagie.text.Font;
import health.salus.shared.view.PdfFonts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** The four faces of the invoice PDFs, in the fonts of every PDF ({@link PdfFonts}). */
@ApplicationScoped
public class InvoiceFonts {

  @Inject PdfFonts fonts;

  /** The four faces of an invoice. */
  public record Set(Font title, Font bold, Font normal, Font small) {}

  public Set of(Locale language) {
    return new Set(
        fonts.font(language, 18, Font.BOLD),
        fonts.font(language, 10, Font.BOLD),
        fonts.font(language, 10, Font.NORMAL),
        fonts.font(language, 8, Font.NORMAL));
  }
}
