package health.salus.education;

import static health.salus.education.Education.EDUCATOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Download;
import health.salus.testsupport.Api.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A lesson's PRINT variant as a PDF over HTTP: in English and in Chinese (the text extractable,
 * Noto Sans SC embedded as a subset), with a safe file name; an unknown lesson 404, a bad level
 * 400.
 */
class LessonPdfApiIT {

  private static final Api PATIENT = Api.demo("alice");

  private static JsonObject variant(String level, String language, String title, String body) {
    return Json.createObjectBuilder()
        .add("level", level)
        .add("language", language)
        .add("format", "PRINT")
        .add("title", title)
        .add("body", body)
        .build();
  }

  /** A new programme with one lesson written as PRINT variants in English and Chinese. */
  private static long lesson(String programmeTitle, String englishTitle, String token) {
    Response programme =
        EDUCATOR.post(
            "/programmes",
            Json.createObjectBuilder()
                .add("title", programmeTitle)
                .add("topic", "Sleep")
                .add("summary", "Sleeping well.")
                .add("conditionTerms", "insomnia")
                .build());
    assertThat(programme.status()).as(programme.toString()).isEqualTo(201);
    Response lesson =
        EDUCATOR.post(
            "/programmes/" + programme.json().getJsonNumber("id").longValue() + "/lessons",
            Json.createObjectBuilder().add("title", englishTitle).build());
    assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
    long id = lesson.json().getJsonNumber("id").longValue();
    Response english =
        EDUCATOR.put(
            "/lessons/" + id + "/variants",
            variant(
                "EASY_READ",
                "en",
                englishTitle,
                "## Before bed "
                    + token
                    + "\n\nKeep the room **dark** and cool.\n\n- No screens\n- A warm drink\n"));
    assertThat(english.status()).as(english.toString()).isEqualTo(200);
    Response chinese =
        EDUCATOR.put(
            "/lessons/" + id + "/variants",
            variant(
                "EASY_READ",
                "zh-Hans",
                "\u7761\u5f97\u597d " + token, // 睡得好
                "## \u7761\u524d\n\n\u623f\u95f4\u8981\u6697\u3002\n\n- \u4e0d\u770b\u624b\u673a\n"));
    assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);
    return id;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    }
  }

  private static void assertPdf(Download pdf) {
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.header("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void aLessonPrintsInEnglishAndInChinese() throws IOException {
    String token = Api.unique("t").replaceAll("[^A-Za-z0-9]", "");
    String programme = Api.unique("Print sleep");
    long id = lesson(programme, "Sleep " + token, token);

    Download english = PATIENT.download("/lessons/" + id + "/pdf?level=EASY_READ&language=en");
    assertPdf(english);
    assertThat(english.header("Content-Disposition").orElse(""))
        .startsWith("attachment; filename=\"sleep-" + token.toLowerCase() + "-en.pdf\"");
    assertThat(text(english.body()))
        .contains(programme, "Sleep " + token, "Easy read")
        .contains("Before bed " + token, "Keep the room dark and cool.", "No screens")
        .contains("Page 1")
        .doesNotContain("**", "##");

    Download chinese = PATIENT.download("/lessons/" + id + "/pdf?level=EASY_READ&language=zh-Hans");
    assertPdf(chinese);
    assertThat(chinese.header("Content-Disposition").orElse(""))
        .contains("filename=\"" + token.toLowerCase() + "-zh-Hans.pdf\"");
    assertThat(text(chinese.body()))
        .contains("\u7761\u5f97\u597d " + token)
        .contains("\u7761\u524d", "\u623f\u95f4\u8981\u6697", "\u4e0d\u770b\u624b\u673a")
        .contains("\u7b2c 1 \u9875"); // 第 1 页
    assertThat(new String(chinese.body(), StandardCharsets.ISO_8859_1))
        .containsPattern("/FontName\\s*/[A-Z]{6}\\+NotoSansSC");
  }

  @Test
  void anUnknownLessonIs404AndABadLevel400() {
    Download none = PATIENT.download("/lessons/987654321/pdf?level=EASY_READ&language=en");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.header("Content-Type").orElse("")).startsWith(Api.PROBLEM_JSON);

    long lessonId = Education.lessons(Education.programme(Education.DIABETES)).get(0);
    Download badLevel = PATIENT.download("/lessons/" + lessonId + "/pdf?level=HARDEST");
    assertThat(badLevel.status()).isEqualTo(400);
    assertThat(badLevel.header("Content-Type").orElse("")).startsWith(Api.PROBLEM_JSON);
    assertThat(new String(badLevel.body(), StandardCharsets.UTF_8)).contains("level");

    Download badLanguage = PATIENT.download("/lessons/" + lessonId + "/pdf?language=klingon");
    assertThat(badLanguage.status()).isEqualTo(400);

    Download demo = PATIENT.download("/lessons/" + lessonId + "/pdf");
    assertPdf(demo);
  }
}
