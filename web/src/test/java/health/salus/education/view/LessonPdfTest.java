package health.salus.education.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import health.salus.education.boundary.PrintableLesson;
import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ReadingLevel;
import health.salus.shared.view.PdfFonts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LessonPdfTest {

  private final LessonPdf pdf = new LessonPdf();

  LessonPdfTest() {
    pdf.fonts = new PdfFonts();
  }

  private static String text(byte[] document) throws IOException {
    PdfReader reader = new PdfReader(document);
    try {
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  private static int pages(byte[] document) throws IOException {
    PdfReader reader = new PdfReader(document);
    try {
      return reader.getNumberOfPages();
    } finally {
      reader.close();
    }
  }

  @Test
  void anEnglishLessonPrintsItsHeadingsParagraphsAndListsWithPageNumbers() throws IOException {
    String body =
        "## Why it matters\n\nWalking **every day** helps your *sugar* levels.\n\n"
            + "- Walk after meals\n- Drink water\n\n1. Check your feet\n2. Call us [here](https://example.org/help)\n\n"
            + "<script>alert(1)</script>\n\n"
            + "A long paragraph to fill the pages. ".repeat(400);
    PrintableLesson lesson =
        new PrintableLesson(
            7,
            "Living well with diabetes",
            "Moving more",
            body,
            ReadingLevel.EASY_READ,
            "en",
            ContentFormat.PRINT);

    byte[] english = pdf.render(lesson);

    String text = text(english);
    assertThat(text)
        .contains("Living well with diabetes", "Moving more", "Reading level: Easy read")
        .contains("Why it matters", "Walking every day helps your sugar levels.")
        .contains("Walk after meals", "Drink water", "Check your feet")
        .contains("(https://example.org/help)")
        .contains("<script>alert(1)</script>")
        .contains("Page 1", "Page 2")
        .doesNotContain("##", "**");
    assertThat(pages(english)).isGreaterThan(1);
    assertThat(new String(english, StandardCharsets.ISO_8859_1)).doesNotContain("NotoSansSC");
    assertThat(pdf.fileName(lesson)).isEqualTo("moving-more-en.pdf");
  }

  @Test
  void aChineseLessonIsInChineseWithAnEmbeddedSubsetOfNotoSansSc() throws IOException {
    PrintableLesson lesson =
        new PrintableLesson(
            8,
            "\u7cd6\u5c3f\u75c5\u751f\u6d3b", // 糖尿病生活
            "\u591a\u8d70\u52a8", // 多走动
            "## \u4e3a\u4ec0\u4e48\n\n\u6bcf\u5929\u8d70\u8def\u3002\n\n- \u559d\u6c34\n",
            ReadingLevel.STANDARD,
            "zh-Hans",
            ContentFormat.PRINT);

    byte[] chinese = pdf.render(lesson);

    String text = text(chinese);
    assertThat(text)
        .contains("\u591a\u8d70\u52a8", "\u7cd6\u5c3f\u75c5\u751f\u6d3b")
        .contains("\u4e3a\u4ec0\u4e48", "\u6bcf\u5929\u8d70\u8def", "\u559d\u6c34")
        .contains("\u6807\u51c6\u7248") // 标准版 (the level)
        .contains("\u7b2c 1 \u9875"); // 第 1 页
    String raw = new String(chinese, StandardCharsets.ISO_8859_1);
    assertThat(raw).containsPattern("/FontName\\s*/[A-Z]{6}\\+NotoSansSC");
    assertThat(chinese.length).isLessThan(200_000);
    assertThat(pdf.fileName(lesson)).isEqualTo("lesson-8-zh-Hans.pdf");
  }
}
