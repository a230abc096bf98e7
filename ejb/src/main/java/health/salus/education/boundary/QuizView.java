package health.salus.education.boundary;

import java.io.Serializable;
import java.util.List;

/** A lesson's quiz in one language: its questions in order, each with its options. */
public record QuizView(long lessonId, List<Question> questions) implements Serializable {

  /** A question and its options (which one is right is not told). */
  public record Question(long id, String text, List<Option> options) implements Serializable {}

  /** One answer offered. */
  public record Option(long id, String text) implements Serializable {}
}
