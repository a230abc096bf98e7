package health.salus.education.boundary;

import java.util.List;

/** A patient's answers to a quiz: one option per question. */
public record QuizAnswers(List<Answer> answers) {

  /** The option chosen for a question. */
  public record Answer(Long questionId, Long optionId) {}
}
