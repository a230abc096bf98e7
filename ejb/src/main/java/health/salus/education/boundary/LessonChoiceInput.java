package health.salus.education.boundary;

/** The variant a patient keeps for all their lessons: level, language (BCP 47) and format. */
public record LessonChoiceInput(String level, String language, String format) {}
