package health.salus.education.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.shared.entity.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteracyAnswersTest {

  @ParameterizedTest
  @CsvSource({
    "1, , ADEQUATE",
    "2, , ADEQUATE",
    "3, , LIMITED",
    "5, , LIMITED",
    ", EXTREMELY, ADEQUATE",
    ", QUITE_A_BIT, ADEQUATE",
    ", SOMEWHAT, LIMITED",
    ", A_LITTLE, LIMITED",
    ", NOT_AT_ALL, LIMITED",
    "1, NOT_AT_ALL, LIMITED",
    "4, EXTREMELY, LIMITED",
    "2, QUITE_A_BIT, ADEQUATE"
  })
  void eitherItemPointingToLimitedMakesTheScreenLimited(
      Integer helpReading, FormsConfidence forms, LiteracyLevel expected) {
    assertThat(new LiteracyAnswers(helpReading, forms).level()).isEqualTo(expected);
  }

  @Test
  void noAnswerAtAllIsRefused() {
    assertThatThrownBy(() -> new LiteracyAnswers(null, null))
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).field())
        .isEqualTo("answers");
  }

  @ParameterizedTest
  @CsvSource({"0", "6", "-1"})
  void aSilsAnswerOutsideOneToFiveIsRefused(int helpReading) {
    assertThatThrownBy(() -> new LiteracyAnswers(helpReading, null))
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).field())
        .isEqualTo("helpReading");
  }
}
