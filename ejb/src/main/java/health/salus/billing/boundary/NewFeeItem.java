package health.salus.billing.boundary;

import health.salus.billing.entity.ConsultationMode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new fee schedule item, or a new price of an item from a day on: practitionerId null for the
 * default, mode null for an item that is not a consultation; {@code forEducators} true (with no
 * practitioner and a mode) for the default of health educators without a fee of their own. One
 * constructor only: JSON-B reads a record through its only constructor.
 */
public record NewFeeItem(
    Long practitionerId,
    ConsultationMode mode,
    @NotBlank(message = "{salus.fee.itemCode.required}")
        @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{0,31}", message = "{salus.fee.itemCode.pattern}")
        String itemCode,
    @NotBlank(message = "{salus.fee.description.required}")
        @Size(max = 200, message = "{salus.fee.description.tooLong}")
        String description,
    @NotNull(message = "{salus.fee.fee.required}")
        @DecimalMin(value = "0.00", message = "{salus.fee.fee.notNegative}")
        @Digits(integer = 10, fraction = 2, message = "{salus.payment.amount.cents}")
        BigDecimal fee,
    boolean gstApplicable,
    @NotNull(message = "{salus.fee.validFrom.required}") LocalDate validFrom,
    Boolean forEducators) {

  public boolean educatorsDefault() {
    return Boolean.TRUE.equals(forEducators);
  }
}
