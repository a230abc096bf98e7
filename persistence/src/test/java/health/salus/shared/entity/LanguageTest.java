package health.salus.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

  @ParameterizedTest
  @CsvSource({
    "en-AU, EN_AU",
    "en, EN_AU",
    "en-GB, EN_AU",
    "zh, ZH_CN",
    "zh-CN, ZH_CN",
    "zh_CN, ZH_CN",
    "zh-Hans, ZH_CN",
    "zh-Hans-CN, ZH_CN",
    "zh-SG, ZH_CN"
  })
  void tagsOfSalusLanguagesAreSupported(String tag, Language expected) {
    assertThat(Language.supported(tag)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"vi", "zh-TW", "zh-Hant", "zh-Hant-CN", "ar", "'  '", "*"})
  void otherLanguagesAndTraditionalChineseAreNot(String tag) {
    assertThat(Language.supported(tag)).isEmpty();
    assertThat(Language.of(tag)).isEqualTo(Language.EN_AU);
  }

  @Test
  void acceptLanguageTakesTheFirstSupportedByWeight() {
    assertThat(Language.accepted("zh-CN,zh;q=0.9,en;q=0.8")).contains(Language.ZH_CN);
    assertThat(Language.accepted("en-US;q=0.5, zh;q=0.9")).contains(Language.ZH_CN);
    assertThat(Language.accepted("vi, en;q=0.3")).contains(Language.EN_AU);
    assertThat(Language.accepted("zh;q=0, en;q=0.1")).contains(Language.EN_AU);
    assertThat(Language.accepted("vi, fr")).isEmpty();
    assertThat(Language.accepted("not a ;;; header")).isEmpty();
    assertThat(Language.accepted(null)).isEmpty();
  }

  @Test
  void tagsAreThoseOfHtmlLang() {
    assertThat(Language.ZH_CN.tag()).isEqualTo("zh-CN");
    assertThat(Language.EN_AU.tag()).isEqualTo("en-AU");
    assertThat(Language.of(null)).isEqualTo(Language.DEFAULT);
  }
}
