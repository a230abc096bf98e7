package health.salus.education.control;

import static health.salus.education.entity.ContentFormat.AUDIO;
import static health.salus.education.entity.ContentFormat.LOW_BANDWIDTH;
import static health.salus.education.entity.ContentFormat.TEXT;
import static health.salus.education.entity.ContentLanguage.EN;
import static health.salus.education.entity.ContentLanguage.ZH_HANS;
import static health.salus.education.entity.ReadingLevel.DETAILED;
import static health.salus.education.entity.ReadingLevel.EASY_READ;
import static health.salus.education.entity.ReadingLevel.STANDARD;
import static org.assertj.core.api.Assertions.assertThat;

import health.salus.education.control.VariantChoice.Key;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantChoiceTest {

  private static final List<Key> LESSON =
      List.of(
          new Key(EASY_READ, EN, TEXT),
          new Key(EASY_READ, EN, LOW_BANDWIDTH),
          new Key(STANDARD, EN, TEXT),
          new Key(STANDARD, EN, AUDIO),
          new Key(DETAILED, EN, TEXT),
          new Key(STANDARD, ZH_HANS, TEXT));

  @Test
  void theExactVariantWhenItExists() {
    assertThat(VariantChoice.choose(LESSON, new Key(EASY_READ, EN, LOW_BANDWIDTH)))
        .contains(new Key(EASY_READ, EN, LOW_BANDWIDTH));
    assertThat(VariantChoice.choose(LESSON, new Key(STANDARD, EN, AUDIO)))
        .contains(new Key(STANDARD, EN, AUDIO));
  }

  @Test
  void theLanguageCountsMostThenTheLevelThenTheFormat() {
    assertThat(VariantChoice.choose(LESSON, new Key(EASY_READ, ZH_HANS, LOW_BANDWIDTH)))
        .as("Chinese at another level before English at the wanted one")
        .contains(new Key(STANDARD, ZH_HANS, TEXT));
    assertThat(VariantChoice.choose(LESSON, new Key(DETAILED, EN, LOW_BANDWIDTH)))
        .contains(new Key(DETAILED, EN, TEXT));
  }

  @Test
  void theWantedFormatOutweighsOneStepOfLevelNotTwo() {
    List<Key> light =
        List.of(
            new Key(EASY_READ, ZH_HANS, LOW_BANDWIDTH),
            new Key(STANDARD, ZH_HANS, TEXT),
            new Key(DETAILED, ZH_HANS, TEXT));

    assertThat(VariantChoice.choose(light, new Key(STANDARD, ZH_HANS, LOW_BANDWIDTH)))
        .contains(new Key(EASY_READ, ZH_HANS, LOW_BANDWIDTH));
    assertThat(VariantChoice.choose(light, new Key(DETAILED, ZH_HANS, LOW_BANDWIDTH)))
        .contains(new Key(DETAILED, ZH_HANS, TEXT));
  }

  @Test
  void englishWhenTheWantedLanguageIsMissing() {
    List<Key> english = List.of(new Key(STANDARD, EN, TEXT), new Key(EASY_READ, EN, TEXT));

    assertThat(VariantChoice.choose(english, new Key(EASY_READ, ZH_HANS, TEXT)))
        .contains(new Key(EASY_READ, EN, TEXT));
  }

  @Test
  void textBeforeARecordingWhenTheWantedFormatIsMissing() {
    List<Key> two = List.of(new Key(STANDARD, EN, AUDIO), new Key(STANDARD, EN, TEXT));

    assertThat(VariantChoice.choose(two, new Key(STANDARD, EN, LOW_BANDWIDTH)))
        .contains(new Key(STANDARD, EN, TEXT));
  }

  @Test
  void nothingFromNothing() {
    assertThat(VariantChoice.choose(List.of(), new Key(STANDARD, EN, TEXT))).isEmpty();
  }
}
