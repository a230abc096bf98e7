package health.salus.billing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void roundsToCentsHalfUp() {
    assertThat(Money.of("10.005")).isEqualByComparingTo("10.01");
    assertThat(Money.of("10.004")).isEqualByComparingTo("10.00");
    assertThat(Money.of("95")).hasToString("95.00");
  }

  @Test
  void gstIsTenPercentOnlyOnTaxableItems() {
    assertThat(Money.gstOn(Money.of("60.00"), true)).hasToString("6.00");
    assertThat(Money.gstOn(Money.of("95.00"), false)).hasToString("0.00");
    // 10 % of 33.25 is 3.325: half up gives 3.33 where half even would give 3.32.
    assertThat(Money.gstOn(Money.of("33.25"), true)).hasToString("3.33");
    assertThat(Money.gstOn(Money.of("33.34"), true)).hasToString("3.33");
  }

  @Test
  void multipliesByQuantity() {
    assertThat(Money.times(Money.of("12.50"), 3)).hasToString("37.50");
  }

  @Test
  void knowsWholeCents() {
    assertThat(Money.isWholeCents(new BigDecimal("10.10"))).isTrue();
    assertThat(Money.isWholeCents(new BigDecimal("10.100"))).isTrue();
    assertThat(Money.isWholeCents(new BigDecimal("10.101"))).isFalse();
  }
}
