package health.salus.casework.entity;

import health.salus.shared.entity.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money in Australian dollars: positive, whole cents (at most two decimals), at most ten
 * digits before the point; kept with exactly two decimals.
 */
public final class Money {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_WHOLE_DIGITS = 10;

  private Money() {}

  /** The amount with two decimals, or a refusal (400) naming the field. */
  public static BigDecimal amount(String field, BigDecimal value) {
    if (value == null) {
      throw Refusal.invalid(field, "casework.amount.required");
    }
    if (value.signum() <= 0) {
      throw Refusal.invalid(field, "casework.amount.positive");
    }
    BigDecimal plain = value.stripTrailingZeros();
    if (plain.scale() > 2) {
      throw Refusal.invalid(field, "casework.amount.cents");
    }
    if (plain.precision() - plain.scale() > MAX_WHOLE_DIGITS) {
      throw Refusal.invalid(field, "casework.amount.tooLarge");
    }
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** The whole percentage of the budget used, rounded down (79.99 % is 79). */
  public static int percent(BigDecimal used, BigDecimal budget) {
    return used.multiply(HUNDRED).divide(budget, 0, RoundingMode.FLOOR).intValueExact();
  }

  /** Whether the used part has reached {@code share} (e.g. 0.80) of the budget. */
  public static boolean reached(BigDecimal used, BigDecimal budget, BigDecimal share) {
    return used.compareTo(budget.multiply(share)) >= 0;
  }
}
