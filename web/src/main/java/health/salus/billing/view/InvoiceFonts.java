package health.salus.billing.view;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import health.salus.shared.entity.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The fonts of the invoice PDFs. English uses the standard Helvetica, which every PDF reader has.
 * The standard fonts have no Chinese, so Chinese uses Noto Sans SC (SIL Open Font License, from the
 * npm package {@code @expo-google-fonts/noto-sans-sc}, put on the class path by the build),
 * embedded as a subset of the glyphs each document uses (Identity-H).
 */
@ApplicationScoped
public class InvoiceFonts {

  static final String CJK_FONT = "health/salus/billing/view/font/NotoSansSC-Regular.ttf";

  /** The four faces of an invoice. */
  public record Set(Font title, Font bold, Font normal, Font small) {

    static Set of(BaseFont base) {
      return new Set(
          new Font(base, 18, Font.BOLD),
          new Font(base, 10, Font.BOLD),
          new Font(base, 10, Font.NORMAL),
          new Font(base, 8, Font.NORMAL));
    }
  }

  private static final Set LATIN =
      new Set(
          new Font(Font.HELVETICA, 18, Font.BOLD),
          new Font(Font.HELVETICA, 10, Font.BOLD),
          new Font(Font.HELVETICA, 10, Font.NORMAL),
          new Font(Font.HELVETICA, 8, Font.NORMAL));

  private volatile Set chinese;

  public Set of(Locale language) {
    return Language.of(language.toLanguageTag()) == Language.ZH_CN ? chinese() : LATIN;
  }

  private Set chinese() {
    Set set = chinese;
    if (set == null) {
      synchronized (this) {
        if (chinese == null) {
          chinese = Set.of(cjkFont());
        }
        set = chinese;
      }
    }
    return set;
  }

  /** Noto Sans SC, read once (10 MB); each document embeds only the glyphs it uses. */
  static BaseFont cjkFont() {
    try (InputStream in = InvoiceFonts.class.getClassLoader().getResourceAsStream(CJK_FONT)) {
      if (in == null) {
        throw new IllegalStateException(CJK_FONT + " is not on the class path (see web/pom.xml)");
      }
      return BaseFont.createFont(
          "NotoSansSC-Regular.ttf",
          BaseFont.IDENTITY_H,
          BaseFont.EMBEDDED,
          BaseFont.CACHED,
          in.readAllBytes(),
          null);
    } catch (IOException e) {
      throw new UncheckedIOException(CJK_FONT, e);
    }
  }
}
