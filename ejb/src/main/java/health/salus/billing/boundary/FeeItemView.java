package health.salus.billing.boundary;

import health.salus.billing.entity.ConsultationMode;
import health.salus.billing.entity.FeeScheduleItem;
import health.salus.billing.entity.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A fee schedule item: practitioner null for the organisation's default ({@code forEducators}: the
 * default of health educators without a fee of their own), mode null for an item that is not a
 * consultation; {@code feeInclGst} is what the patient pays.
 */
public record FeeItemView(
    long id,
    Long practitionerId,
    String practitionerName,
    ConsultationMode mode,
    String itemCode,
    String description,
    BigDecimal fee,
    boolean gstApplicable,
    BigDecimal feeInclGst,
    LocalDate validFrom,
    boolean forEducators,
    long version)
    implements Serializable {

  static FeeItemView of(FeeScheduleItem item) {
    return new FeeItemView(
        item.getId(),
        item.getPractitioner() == null ? null : item.getPractitioner().getId(),
        item.getPractitioner() == null ? null : item.getPractitioner().getAccount().getFullName(),
        item.getMode(),
        item.getItemCode(),
        item.getDescription(),
        item.getFee(),
        item.isGstApplicable(),
        item.getFee().add(Money.gstOn(item.getFee(), item.isGstApplicable())),
        item.getValidFrom(),
        item.isForEducators(),
        item.getVersion());
  }
}
