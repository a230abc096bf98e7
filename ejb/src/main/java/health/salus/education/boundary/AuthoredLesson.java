package health.salus.education.boundary;

import java.io.Serializable;
import java.util.List;

/** A lesson as its author sees it: its variants with their readability, and its quiz. */
public record AuthoredLesson(
    long id,
    long programmeId,
    String programmeTitle,
    int position,
    String title,
    List<AuthoredVariant> variants,
    List<AuthoredQuestion> questions)
    implements Serializable {

  /** A quiz question in both languages, with its options and which is right. */
  public record AuthoredQuestion(
      long id, String textEn, String textZh, List<String> options, int correct)
      implements Serializable {}
}
