package health.salus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.shared.entity.Language;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NoticeTextsTest {

  private static final Locale EN = Language.EN_AU.locale();
  private static final Locale ZH = Language.ZH_CN.locale();
  private static final Instant START = Instant.parse("2026-12-01T22:30:00Z");

  private final NoticeTexts texts = new NoticeTexts();

  @Test
  void noticesAreWrittenInTheReadersLanguage() {
    String when = texts.when(ZH, START, "Australia/Sydney");
    assertThat(when)
        .isEqualTo("2026\u5e7412\u67082\u65e5 \u661f\u671f\u4e09 \u4e0a\u53489:30 (AEDT)");
    assertThat(texts.text(ZH, "BOOKED.title")).isEqualTo("\u9884\u7ea6\u6210\u529f");
    assertThat(
            texts.text(
                ZH, "BOOKED.body", "Dr Wei Chen", when, texts.text(ZH, "mode.VIDEO"), "Alice"))
        .startsWith("Alice\uff0c\u60a8\u597d")
        .contains("Dr Wei Chen", when, "\u89c6\u9891");
    assertThat(texts.emailBody(ZH, "x")).contains("\u8bf7\u4e0d\u8981\u56de\u590d");
  }

  @Test
  void englishStaysAsItWas() {
    assertThat(texts.when(EN, START, "Australia/Sydney"))
        .isEqualTo("Wednesday 2 December 2026 at 9:30 am (AEDT)");
    assertThat(texts.text(EN, "BOOKED.title")).isEqualTo("Appointment booked");
  }
}
