package health.salus.billing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.shared.entity.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceTest {

  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private static Invoice invoice() {
    return new Invoice(null, null, 7L, T0, LocalDate.of(2026, 3, 16));
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void totalsAddGstOfTaxableLinesOnly() {
    Invoice invoice = invoice();
    invoice.addLine("GP-IP", "Standard consultation", 1, money("95.00"), false);
    invoice.addLine("REPORT", "Medical report (non-clinical)", 2, money("60.00"), true);

    assertThat(invoice.getLines())
        .extracting(InvoiceLine::getGst)
        .map(BigDecimal::toString)
        .containsExactly("0.00", "12.00");
    assertThat(invoice.getLines().get(1).getAmount()).hasToString("120.00");
    assertThat(invoice.getLines().get(1).getTotal()).hasToString("132.00");
    assertThat(invoice.getSubtotal()).hasToString("215.00");
    assertThat(invoice.getGst()).hasToString("12.00");
    assertThat(invoice.getTotal()).hasToString("227.00");
    assertThat(invoice.getBalance()).hasToString("227.00");
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.ISSUED);
  }

  @Test
  void gstIsRoundedPerLineThenSummed() {
    Invoice invoice = invoice();
    invoice.addLine("A", "a", 1, money("33.35"), true);
    invoice.addLine("B", "b", 1, money("33.35"), true);
    // 3.335 rounds to 3.34 on each line: 6.68, where rounding the sum (6.67) would differ.
    assertThat(invoice.getGst()).hasToString("6.68");
    assertThat(invoice.getTotal()).hasToString("73.38");
  }

  @Test
  void statusFollowsTheBalance() {
    Invoice invoice = invoice();
    invoice.addLine("GP-IP", "Standard consultation", 1, money("95.00"), false);

    invoice.recordPayment(money("40"), PaymentMethod.CARD, null, T0, "desk");
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PART_PAID);
    assertThat(invoice.getBalance()).hasToString("55.00");

    invoice.recordPayment(money("55.00"), PaymentMethod.CASH, "r1", T0, "desk");
    assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.PAID);
    assertThat(invoice.getBalance()).hasToString("0.00");
    assertThat(invoice.getAmountPaid()).hasToString("95.00");
    assertThat(invoice.getPayments()).hasSize(2);
  }

  @Test
  void statusForTotalAndPaid() {
    assertThat(Invoice.statusFor(money("95.00"), money("0.00"))).isEqualTo(InvoiceStatus.ISSUED);
    assertThat(Invoice.statusFor(money("95.00"), money("0.01"))).isEqualTo(InvoiceStatus.PART_PAID);
    assertThat(Invoice.statusFor(money("95.00"), money("95.00"))).isEqualTo(InvoiceStatus.PAID);
    assertThat(Invoice.statusFor(money("0.00"), money("0.00"))).isEqualTo(InvoiceStatus.PAID);
  }

  @Test
  void refusesPaymentsTheRulesDoNotAllow() {
    Invoice invoice = invoice();
    invoice.addLine("GP-IP", "Standard consultation", 1, money("95.00"), false);

    assertThat(invoice.paymentRefusal(money("95.01"))).contains("invoice.payment.exceedsBalance");
    assertThat(invoice.paymentRefusal(money("0"))).contains("invoice.payment.notPositive");
    assertThat(invoice.paymentRefusal(money("-5"))).contains("invoice.payment.notPositive");
    assertThat(invoice.paymentRefusal(money("95.00"))).isEmpty();
    assertThatThrownBy(
            () -> invoice.recordPayment(money("100"), PaymentMethod.CARD, null, T0, "desk"))
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).messageKey())
        .isEqualTo("invoice.payment.exceedsBalance");
    assertThat(invoice.isPayable()).isTrue();
    assertThat(invoice.getAmountPaid()).hasToString("0.00");

    invoice.recordPayment(money("95"), PaymentMethod.CARD, null, T0, "desk");
    assertThat(invoice.paymentRefusal(money("1"))).contains("invoice.payment.settled");
    assertThat(invoice.isPayable()).isFalse();
    assertThat(invoice.isVoidable()).isFalse();
  }

  @Test
  void voidsOnlyWithoutPayments() {
    Invoice unpaid = invoice();
    unpaid.addLine("GP-IP", "Standard consultation", 1, money("95.00"), false);
    unpaid.voidInvoice("entered twice", T0, "desk");
    assertThat(unpaid.getStatus()).isEqualTo(InvoiceStatus.VOID);
    assertThat(unpaid.getBalance()).hasToString("0.00");
    assertThat(unpaid.paymentRefusal(money("1"))).contains("invoice.payment.void");
    assertThat(unpaid.voidRefusal()).contains("invoice.void.already");
    assertThat(unpaid.isPayable()).isFalse();
    assertThat(unpaid.isVoidable()).isFalse();

    Invoice paid = invoice();
    paid.addLine("GP-IP", "Standard consultation", 1, money("95.00"), false);
    paid.recordPayment(money("10"), PaymentMethod.CARD, null, T0, "desk");
    assertThat(paid.voidRefusal()).contains("invoice.void.paymentsRecorded");
    assertThat(paid.isPayable()).isTrue();
    assertThat(paid.isVoidable()).isFalse();
    assertThatThrownBy(() -> paid.voidInvoice("no", T0, "desk")).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> paid.addLine("X", "x", 1, money("1"), false))
        .isInstanceOf(IllegalStateException.class);
  }
}
