package health.salus.education.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.education.control.Tailoring.Candidate;
import health.salus.education.control.Tailoring.Diagnosis;
import health.salus.education.control.Tailoring.Learner;
import health.salus.education.control.Tailoring.Match;
import health.salus.education.control.Tailoring.Preference;
import health.salus.education.control.Tailoring.Reason;
import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.LiteracyLevel;
import health.salus.education.entity.ReadingLevel;
import health.salus.identity.entity.EducationLevel;
import health.salus.identity.entity.InternetAccess;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TailoringTest {

  private static Learner learner(
      EducationLevel education, InternetAccess internet, String language, LiteracyLevel literacy) {
    return new Learner(education, internet, language, 50, literacy, List.of(), null);
  }

  @ParameterizedTest
  @CsvSource({
    "PRIMARY, ADEQUATE, EASY_READ",
    "PRIMARY, , EASY_READ",
    "UNIVERSITY, LIMITED, EASY_READ",
    ", LIMITED, EASY_READ",
    "SECONDARY, ADEQUATE, STANDARD",
    "UNIVERSITY, , STANDARD",
    ", , STANDARD"
  })
  void limitedLiteracyOrPrimaryEducationGivesEasyRead(
      EducationLevel education, LiteracyLevel literacy, ReadingLevel expected) {
    Preference p = Tailoring.preference(learner(education, InternetAccess.GOOD, "en-AU", literacy));

    assertThat(p.level()).isEqualTo(expected);
    List<String> keys = p.reasons().stream().map(Reason::key).toList();
    if (expected == ReadingLevel.EASY_READ) {
      assertThat(keys).hasSize(1).containsAnyOf("learn.why.literacy", "learn.why.education");
    } else {
      assertThat(keys).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource({"GOOD, TEXT", "LIMITED, LOW_BANDWIDTH", "NONE, LOW_BANDWIDTH", ", TEXT"})
  void limitedOrNoInternetGivesLowBandwidth(InternetAccess internet, ContentFormat expected) {
    Preference p = Tailoring.preference(learner(null, internet, "en-AU", null));

    assertThat(p.format()).isEqualTo(expected);
    assertThat(p.reasons().stream().anyMatch(r -> r.key().equals("learn.why.internet")))
        .isEqualTo(expected == ContentFormat.LOW_BANDWIDTH);
  }

  @ParameterizedTest
  @CsvSource({"en-AU, EN", "zh-CN, ZH_HANS", "zh-Hans, ZH_HANS", "zh-TW, EN", "vi-VN, EN", ", EN"})
  void thePreferredLanguageWhenLessonsAreWrittenInItElseEnglish(
      String preferred, ContentLanguage expected) {
    assertThat(Tailoring.preference(learner(null, null, preferred, null)).language())
        .isEqualTo(expected);
  }

  @Test
  void programmesAreChosenByConditionAndAgeEachWithWhy() {
    Learner alice =
        new Learner(
            EducationLevel.PRIMARY,
            InternetAccess.LIMITED,
            "en-AU",
            75,
            LiteracyLevel.LIMITED,
            List.of(
                new Diagnosis("Type 2 diabetes mellitus", "SNOMED 44054006"),
                new Diagnosis("Osteoarthritis of knee", null)),
            null);
    List<Candidate> candidates =
        List.of(
            new Candidate(1, List.of("diabetes"), null),
            new Candidate(2, List.of("heart failure", "hypertension"), null),
            new Candidate(5, List.of("44054006"), null),
            new Candidate(3, List.of("fall"), 65),
            new Candidate(4, List.of("asthma"), 80));

    List<Match> matches = Tailoring.programmes(alice, candidates);

    assertThat(matches).extracting(Match::programmeId).containsExactly(1L, 5L, 3L);
    assertThat(matches.get(0).reasons())
        .containsExactly(new Reason("learn.why.condition", "Type 2 diabetes mellitus"));
    assertThat(matches.get(2).reasons()).containsExactly(new Reason("learn.why.age", "65"));
  }

  @Test
  void aVariantTheLearnerChoseOutweighsEverythingTailoringKnows() {
    VariantChoice.Key chosen =
        new VariantChoice.Key(ReadingLevel.DETAILED, ContentLanguage.ZH_HANS, ContentFormat.TEXT);
    Learner alice =
        new Learner(
            EducationLevel.PRIMARY,
            InternetAccess.LIMITED,
            "en-AU",
            75,
            LiteracyLevel.LIMITED,
            List.of(),
            chosen);

    Preference preference = Tailoring.preference(alice);

    assertThat(preference.level()).isEqualTo(ReadingLevel.DETAILED);
    assertThat(preference.language()).isEqualTo(ContentLanguage.ZH_HANS);
    assertThat(preference.format()).isEqualTo(ContentFormat.TEXT);
    assertThat(preference.reasons()).containsExactly(new Reason("learn.why.chosen", null));
  }

  @Test
  void noConditionsAndNoAgeChooseNothing() {
    Learner nobody = new Learner(null, null, null, null, null, null, null);

    assertThat(Tailoring.programmes(nobody, List.of(new Candidate(1, List.of("diabetes"), 65))))
        .isEmpty();
  }
}
