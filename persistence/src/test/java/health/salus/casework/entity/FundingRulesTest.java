package health.salus.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The funding plan's rules without a container: exact cents, the 80 % alert once per budget, the
 * over-budget refusal and its allowance, the programmes that have a plan, and the review cycle.
 */
class FundingRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private final UserAccount manager = account("cm.test", Role.CASE_MANAGER);
  private final Patient patient =
      new Patient(account("pat", Role.PATIENT), "Pat Test", LocalDate.of(1950, 3, 4), NOW);

  private static UserAccount account(String username, Role role) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        username + "@example.org",
        "Test " + username,
        null,
        Set.of(role),
        NOW);
  }

  private static Refusal refusal(Runnable call) {
    try {
      call.run();
    } catch (Refusal refused) {
      return refused;
    }
    throw new AssertionError("not refused");
  }

  private FundingPlan plan(Programme programme) {
    CareCase c = new CareCase(patient, programme, manager, "Support", false, NOW);
    return new FundingPlan(c, TODAY.minusMonths(1), TODAY.plusMonths(11), manager, NOW);
  }

  private ServiceDelivery pay(FundingPlan plan, BudgetCategory c, String amount) {
    return plan.deliver(
        c, TODAY, "Support worker", new BigDecimal(amount), "Able Care", false, null, manager, NOW);
  }

  @Test
  void centsAddUpExactly() {
    FundingPlan plan = plan(Programme.NDIS);
    BudgetCategory capital = plan.addCategory("Capital", new BigDecimal("0.3"));
    pay(plan, capital, "0.1");
    pay(plan, capital, "0.2");
    assertThat(capital.getRemaining()).isEqualByComparingTo("0.00");
    assertThat(capital.getUsed().toPlainString()).isEqualTo("0.30");
    assertThat(refusal(() -> pay(plan, capital, "0.01")).messageKey())
        .isEqualTo("casework.overBudget");
    assertThat(refusal(() -> pay(plan, capital, "0.001")).messageKey())
        .isEqualTo("casework.amount.cents");
  }

  @Test
  void theAlertComesOnceAt80Percent() {
    FundingPlan plan = plan(Programme.AGED_CARE);
    BudgetCategory core = plan.addCategory("Core supports", new BigDecimal("100.00"));
    pay(plan, core, "79.99");
    assertThat(plan.alertsDue(NOW)).isEmpty();
    assertThat(core.getPercentUsed()).isEqualTo(79);
    pay(plan, core, "0.01");
    assertThat(plan.alertsDue(NOW))
        .extracting(FundingPlan.Crossing::category)
        .containsExactly("Core supports", null);
    pay(plan, core, "5.00");
    assertThat(plan.alertsDue(NOW)).isEmpty();
  }

  @Test
  void overBudgetNeedsTheAllowanceAndAReason() {
    FundingPlan plan = plan(Programme.NDIS);
    BudgetCategory core = plan.addCategory("Core supports", new BigDecimal("10.00"));
    assertThat(refusal(() -> pay(plan, core, "10.01")).kind()).isEqualTo(Refusal.Kind.RULE);
    assertThat(
            refusal(
                    () ->
                        plan.deliver(
                            core, TODAY, "x", new BigDecimal("11"), "p", true, " ", manager, NOW))
                .field())
        .isEqualTo("overBudgetReason");
    ServiceDelivery over =
        plan.deliver(core, TODAY, "x", new BigDecimal("11"), "p", true, "Agreed", manager, NOW);
    assertThat(over.getOverBudgetReason()).isEqualTo("Agreed");
    assertThat(core.getRemaining()).isEqualByComparingTo("-1.00");
  }

  @Test
  void onlyNdisAndAgedCareHaveAPlanAndAReviewCycle() {
    assertThat(refusal(() -> plan(Programme.CHRONIC_CARE)).messageKey())
        .isEqualTo("casework.fundingProgrammeOnly");
    CareCase ndis = new CareCase(patient, Programme.NDIS, manager, "NDIS", false, NOW);
    assertThat(CaseReview.first(ndis, TODAY, NOW).orElseThrow().getDueOn())
        .isEqualTo(TODAY.plusMonths(3));
    CareCase chronic = new CareCase(patient, Programme.CHRONIC_CARE, manager, "CC", false, NOW);
    assertThat(CaseReview.first(chronic, TODAY, NOW)).isEmpty();
  }
}
