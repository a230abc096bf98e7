package health.salus.education.boundary;

import health.salus.education.entity.ProgrammeDetails;

/**
 * A programme's details as the educator sends them, with the version they edited (for a change).
 */
public record ProgrammeInput(
    String title,
    String titleZh,
    String topic,
    String summary,
    String conditionTerms,
    Integer minAge,
    Long version) {

  ProgrammeDetails details() {
    return new ProgrammeDetails(title, titleZh, topic, summary, conditionTerms, minAge);
  }
}
