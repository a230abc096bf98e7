package health.salus.records.boundary;

import health.salus.records.entity.Observation;
import health.salus.records.entity.ObservationFlag;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A version of a result as the record shows it; the version fields as in {@link ConditionView}.
 *
 * @param flag LOW, NORMAL or HIGH against the reference range; null without a range
 * @param releaseAt when the patient may see it (null: at once); the patient never sees it before
 */
public record ObservationView(
    long id,
    long patientId,
    String name,
    String code,
    BigDecimal value,
    String unit,
    BigDecimal rangeLow,
    BigDecimal rangeHigh,
    ObservationFlag flag,
    Instant effectiveAt,
    Instant releaseAt,
    long lineId,
    Long supersedesId,
    boolean current,
    String enteredBy,
    Instant enteredAt,
    String correctionReason)
    implements Serializable {

  static ObservationView of(Observation o) {
    return new ObservationView(
        o.getId(),
        o.getPatient().getId(),
        o.getName(),
        o.getCode(),
        plain(o.getValue()),
        o.getUnit(),
        plain(o.getRangeLow()),
        plain(o.getRangeHigh()),
        o.getFlag(),
        o.getEffectiveAt(),
        o.getReleaseAt(),
        o.getLineId(),
        o.getSupersedesId(),
        o.isCurrent(),
        o.getEnteredBy().getAccount().getFullName(),
        o.getEnteredAt(),
        o.getCorrectionReason());
  }

  /** 7.2 rather than 7.2000 as stored. */
  private static BigDecimal plain(BigDecimal number) {
    if (number == null) {
      return null;
    }
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
