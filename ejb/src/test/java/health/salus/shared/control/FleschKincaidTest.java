package health.salus.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FleschKincaidTest {

  @ParameterizedTest
  @CsvSource({
    "the, 1",
    "cat, 1",
    "table, 2",
    "simple, 2",
    "practice, 2",
    "booked, 1",
    "reload, 2",
    "tomorrow, 3",
    "appointment, 3",
    "consultation, 4",
    "readability, 5",
    "yesterday, 3",
    "patient's, 2",
    "notwithstanding, 4"
  })
  void countsSyllablesOfCommonWords(String word, int syllables) {
    assertThat(FleschKincaid.syllables(word)).isEqualTo(syllables);
  }

  @Test
  void gradeFollowsTheFormula() {
    // 6 words, 6 syllables, 1 sentence: 0.39 * 6 + 11.8 * 1 - 15.59
    assertThat(FleschKincaid.grade("The cat sat on the mat.")).isCloseTo(-1.45, within(0.001));
    // 2 sentences of 3 words (tomorrow: 3 syllables): 0.39 * 3 + 11.8 * 8 / 6 - 15.59
    assertThat(FleschKincaid.grade("See you tomorrow. Call us now."))
        .isCloseTo(0.39 * 3 + 11.8 * 8 / 6 - 15.59, within(0.001));
  }

  @Test
  void longWordsAndLongSentencesReadHarder() {
    double plain = FleschKincaid.grade("Your refill is ready. Pick it up at the shop.");
    double dense =
        FleschKincaid.grade(
            "Notwithstanding contractual obligations, organisational responsibilities necessitate"
                + " comprehensive documentation of pharmaceutical authorisations.");
    assertThat(plain).isLessThan(4);
    assertThat(dense).isGreaterThan(20);
  }
}
