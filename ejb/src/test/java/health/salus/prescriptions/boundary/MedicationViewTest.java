package health.salus.prescriptions.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Why a medication cannot be refilled now is said as the service would refuse the request: a
 * request still open first, then a stopped medication, then none remaining.
 */
class MedicationViewTest {

  private static MedicationView medication(boolean active, int refills, boolean open) {
    return new MedicationView(
        1,
        2,
        "Metformin",
        "500 mg",
        "Twice daily",
        refills,
        LocalDate.of(2026, 11, 1),
        active,
        3,
        "Dr Wei Chen",
        open);
  }

  @Test
  void aRefillCanBeAskedForOnlyOfAnActiveMedicationWithRefillsLeftAndNoRequestOpen() {
    assertThat(medication(true, 2, false).whyNotRefillable()).isNull();
    assertThat(medication(true, 2, false).refillable()).isTrue();
  }

  @Test
  void theReasonFollowsTheServicesOrder() {
    assertThat(medication(false, 0, true).whyNotRefillable()).isEqualTo("refill.alreadyOpen");
    assertThat(medication(false, 0, false).whyNotRefillable()).isEqualTo("refill.notActive");
    assertThat(medication(true, 0, false).whyNotRefillable()).isEqualTo("refill.noneRemaining");
    assertThat(medication(true, 0, false).refillable()).isFalse();
  }
}
