package health.salus.records.boundary;

import health.salus.records.entity.Condition;
import health.salus.records.entity.ConditionStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of a condition as the record shows it.
 *
 * @param lineId the id of the entry's first version: the same for every version of one entry
 * @param supersedesId the version this one corrects (null for a first version)
 * @param current whether this is the current version (a record shows only those)
 */
public record ConditionView(
    long id,
    long patientId,
    String name,
    String code,
    LocalDate onset,
    ConditionStatus status,
    String note,
    long lineId,
    Long supersedesId,
    boolean current,
    String enteredBy,
    Instant enteredAt,
    String correctionReason)
    implements Serializable {

  static ConditionView of(Condition c) {
    return new ConditionView(
        c.getId(),
        c.getPatient().getId(),
        c.getName(),
        c.getCode(),
        c.getOnsetOn(),
        c.getStatus(),
        c.getNote(),
        c.getLineId(),
        c.getSupersedesId(),
        c.isCurrent(),
        c.getEnteredBy().getAccount().getFullName(),
        c.getEnteredAt(),
        c.getCorrectionReason());
  }
}
