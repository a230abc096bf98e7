/**
 * Health education and literacy: a {@link health.salus.education.entity.Programme} of {@link
 * health.salus.education.entity.Lesson}s, each written in {@link
 * health.salus.education.entity.LessonVariant}s by reading level, language and format, with quiz
 * questions and options; a patient's {@link health.salus.education.entity.Enrolment} and {@link
 * health.salus.education.entity.LessonCompletion}s; and the literacy screen, kept as a {@link
 * health.salus.education.entity.QuestionnaireResponse} and scored by {@link
 * health.salus.education.entity.LiteracyAnswers}. The entities guard their texts and rules: one
 * variant per level, language and format, a recording link (https) for audio and video, one right
 * option per question.
 */
package health.salus.education.entity;
