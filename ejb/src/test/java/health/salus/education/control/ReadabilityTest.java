package health.salus.education.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.education.entity.ContentLanguage;
import health.salus.shared.control.FleschKincaid;
import org.junit.jupiter.api.Test;

class ReadabilityTest {

  @Test
  void englishIsMeasuredAsTheReaderSeesIt() {
    String markdown = "# Your feet\n\n- Look at your feet each day\n- Call us if you see a cut\n";

    assertThat(Readability.grade(markdown, ContentLanguage.EN))
        .isEqualTo(
            Math.round(
                    FleschKincaid.grade(
                            "Your feet.\nLook at your feet each day.\nCall us if you see a cut.\n")
                        * 10)
                / 10.0);
  }

  @Test
  void linkTargetsAndMarksAreNotWords() {
    assertThat(
            Readability.grade(
                "Read [this page](https://example.org/a-very-long-address).", ContentLanguage.EN))
        .isEqualTo(Readability.grade("Read this page.", ContentLanguage.EN));
  }

  @Test
  void harderTextScoresAHigherGrade() {
    Double easy =
        Readability.grade("Eat well. Walk each day. Take your pills.", ContentLanguage.EN);
    Double hard =
        Readability.grade(
            "Glycaemic management necessitates comprehensive consideration of pharmacological"
                + " interventions alongside individualised nutritional modification.",
            ContentLanguage.EN);

    assertThat(easy).isLessThan(6.0);
    assertThat(hard).isGreaterThan(12.0);
  }

  @Test
  void noGradeForChineseOrForNoWords() {
    assertThat(Readability.grade("每天检查你的脚。", ContentLanguage.ZH_HANS)).isNull();
    assertThat(Readability.grade("---", ContentLanguage.EN)).isNull();
  }

  @Test
  void chineseHasNoMeasureEvenWhenItsTextIsEnglishWords() {
    assertThat(Readability.measure(ContentLanguage.EN)).isEqualTo("FLESCH_KINCAID");
    assertThat(Readability.measure(ContentLanguage.ZH_HANS)).isNull();
    assertThat(
            Readability.grade(
                "Circadian misalignment necessitates comprehensive interventions.",
                ContentLanguage.ZH_HANS))
        .isNull();
  }
}
