package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.shared.entity.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalFormatsTest {

  private static final Locale EN = Language.EN_AU.locale();
  private static final Locale ZH = Language.ZH_CN.locale();
  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  @Test
  void moneyIsAustralianDollarsInEitherLanguage() {
    BigDecimal amount = new BigDecimal("1234.5");
    assertThat(LocalFormats.money(EN, amount)).isEqualTo("$1,234.50");
    // Not the yuan sign: the amount is in Australian dollars.
    assertThat(LocalFormats.money(ZH, amount)).isEqualTo("AU$1,234.50");
  }

  @Test
  void datesAreWrittenTheWayEachLanguageWritesThem() {
    assertThat(LocalFormats.pattern(EN, "format.date").format(DAY)).isEqualTo("02/12/2026");
    assertThat(LocalFormats.pattern(ZH, "format.date").format(DAY)).isEqualTo("2026/12/02");
    assertThat(LocalFormats.pattern(EN, "format.day").format(DAY))
        .isEqualTo("Wednesday 2 December 2026");
    assertThat(LocalFormats.pattern(ZH, "format.day").format(DAY))
        .isEqualTo("2026\u5e7412\u67082\u65e5 \u661f\u671f\u4e09");
  }

  @Test
  void textsComeFromTheLanguagesBundle() {
    assertThat(UserMessages.text(ZH, "login.submit")).isEqualTo("\u767b\u5f55");
    assertThat(UserMessages.text(EN, "login.submit")).isEqualTo("Sign in");
    assertThat(UserMessages.text(ZH, "home.welcome", "Alice")).isEqualTo("\u6b22\u8fce\uff0cAlice");
  }
}
