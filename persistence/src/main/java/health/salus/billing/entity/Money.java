package health.salus.billing.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The money arithmetic of billing in one place: amounts in dollars with two decimals, rounded half
 * up, and the Australian GST of 10 % on taxable supplies (most medical services are GST-free).
 */
public final class Money {

  public static final int SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
  public static final BigDecimal GST_RATE = new BigDecimal("0.10");

  private Money() {}

  /** The amount with two decimals (half up); null stays null. */
  public static BigDecimal of(BigDecimal amount) {
    return amount == null ? null : amount.setScale(SCALE, ROUNDING);
  }

  public static BigDecimal of(String amount) {
    return of(new BigDecimal(amount));
  }

  /** Unit price times quantity. */
  public static BigDecimal times(BigDecimal unitPrice, int quantity) {
    return of(unitPrice.multiply(BigDecimal.valueOf(quantity)));
  }

  /** The GST on an amount ex GST: 10 % when the supply is taxable, else nothing. */
  public static BigDecimal gstOn(BigDecimal amountExGst, boolean gstApplicable) {
    return gstApplicable ? of(amountExGst.multiply(GST_RATE)) : ZERO;
  }

  /** Whether the amount has no more than two decimals (a cent is the smallest unit). */
  public static boolean isWholeCents(BigDecimal amount) {
    return amount.stripTrailingZeros().scale() <= SCALE;
  }
}
