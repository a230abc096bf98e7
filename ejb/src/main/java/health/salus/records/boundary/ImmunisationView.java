package health.salus.records.boundary;

import health.salus.records.entity.Immunisation;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of an immunisation as the record shows it; the version fields as in {@link
 * ConditionView}.
 */
public record ImmunisationView(
    long id,
    long patientId,
    String vaccine,
    LocalDate givenOn,
    Integer doseNumber,
    String note,
    long lineId,
    Long supersedesId,
    boolean current,
    String enteredBy,
    Instant enteredAt,
    String correctionReason)
    implements Serializable {

  static ImmunisationView of(Immunisation i) {
    return new ImmunisationView(
        i.getId(),
        i.getPatient().getId(),
        i.getVaccine(),
        i.getGivenOn(),
        i.getDoseNumber(),
        i.getNote(),
        i.getLineId(),
        i.getSupersedesId(),
        i.isCurrent(),
        i.getEnteredBy().getAccount().getFullName(),
        i.getEnteredAt(),
        i.getCorrectionReason());
  }
}
