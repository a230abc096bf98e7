package health.salus.shared.view;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import health.salus.shared.entity.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The fonts of every PDF Salus makes (OpenPDF): invoices, printable lessons. English uses the
 * standard Helvetica, which every PDF reader has. The standard fonts have no Chinese, so Chinese
 * uses Noto Sans SC (SIL Open Font License, from the npm package {@code
 * @expo-google-fonts/noto-sans-sc}, put on the class path by the build: {@code web/cjk-font.sh}),
 * embedded as a subset of the glyphs each document uses (Identity-H). The font file is read once.
 */
@ApplicationScoped
public class PdfFonts {

  static final String CJK_FONT = "health/salus/shared/view/font/NotoSansSC-Regular.ttf";

  private volatile BaseFont chinese;

  /** A face of this size and style ({@link Font#BOLD}, {@link Font#NORMAL}...) for a language. */
  public Font font(Locale language, float size, int style) {
    return chinese(language) ? new Font(cjk(), size, style) : new Font(Font.HELVETICA, size, style);
  }

  /** Whether a language needs the embedded Chinese font. */
  public static boolean chinese(Locale language) {
    return Language.of(language.toLanguageTag()) == Language.ZH_CN;
  }

  private BaseFont cjk() {
    BaseFont font = chinese;
    if (font == null) {
      synchronized (this) {
        if (chinese == null) {
          chinese = cjkFont();
        }
        font = chinese;
      }
    }
    return font;
  }

  /** Noto Sans SC (10 MB); each document embeds only the glyphs it uses. */
  static BaseFont cjkFont() {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(CJK_FONT)) {
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
