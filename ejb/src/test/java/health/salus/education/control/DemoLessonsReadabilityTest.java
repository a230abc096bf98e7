package health.salus.education.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.ReadingLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo's English lessons meet the readability target of their level, as the author's page
 * measures them: an educator who opens a demo lesson sees each variant within its target, not a
 * detailed text written at university level.
 */
class DemoLessonsReadabilityTest {

  private static void check(List<String> over, String title, ReadingLevel level, String markdown) {
    Double grade = Readability.grade(markdown, ContentLanguage.EN);
    if (grade == null || grade > level.targetGrade()) {
      over.add(title + " " + level + ": grade " + grade + " > " + level.targetGrade());
    }
  }

  @Test
  void everyEnglishVariantIsWithinItsLevelsTarget() {
    List<String> over = new ArrayList<>();
    for (DemoLessons.ProgrammeText programme : DemoLessons.ALL) {
      for (DemoLessons.LessonText lesson : programme.lessons()) {
        check(over, lesson.titleEn(), ReadingLevel.EASY_READ, lesson.easyEn());
        check(over, lesson.titleEn(), ReadingLevel.STANDARD, lesson.standardEn());
        check(over, lesson.titleEn(), ReadingLevel.DETAILED, lesson.detailedEn());
      }
    }

    assertThat(over).isEmpty();
  }
}
