package health.salus.education.boundary;

/**
 * A patient enrolled in a programme has not moved on from a lesson for the reminder period (fired
 * once per stall, in the transaction of its claim): they get one reminder, in their language, so
 * the titles come in both.
 */
public record LessonStalled(
    long reminderId,
    long patientId,
    long lessonId,
    String lessonTitleEn,
    String lessonTitleZh,
    String programmeTitleEn,
    String programmeTitleZh) {}
