package health.salus.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WaitlistEntryTest {

  private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
  private static final Instant NEXT_WEEK = NOW.plus(Duration.ofDays(7));

  @Test
  void anOpenEntryFitsAnyFutureSlotOfAnyMode() {
    WaitlistEntry entry = new WaitlistEntry(1, 2, null, null, NOW);

    assertThat(entry.fits(NEXT_WEEK, AppointmentMode.PHONE, NOW)).isTrue();
    assertThat(entry.fits(NOW.plusSeconds(60), AppointmentMode.VIDEO, NOW)).isTrue();
  }

  @Test
  void aSlotThatHasStartedOrPassedDoesNotFit() {
    WaitlistEntry entry = new WaitlistEntry(1, 2, null, null, NOW);

    assertThat(entry.fits(NOW, AppointmentMode.IN_PERSON, NOW)).isFalse();
    assertThat(entry.fits(NOW.minusSeconds(1), AppointmentMode.IN_PERSON, NOW)).isFalse();
  }

  @Test
  void theSlotMustStartBeforeTheWishedTime() {
    WaitlistEntry entry = new WaitlistEntry(1, 2, null, NEXT_WEEK, NOW);

    assertThat(entry.fits(NEXT_WEEK.minusSeconds(1), AppointmentMode.IN_PERSON, NOW)).isTrue();
    assertThat(entry.fits(NEXT_WEEK, AppointmentMode.IN_PERSON, NOW)).isFalse();
    assertThat(entry.fits(NEXT_WEEK.plusSeconds(1), AppointmentMode.IN_PERSON, NOW)).isFalse();
  }

  @Test
  void aWishedModeMustMatch() {
    WaitlistEntry entry = new WaitlistEntry(1, 2, AppointmentMode.VIDEO, null, NOW);

    assertThat(entry.fits(NEXT_WEEK, AppointmentMode.VIDEO, NOW)).isTrue();
    assertThat(entry.fits(NEXT_WEEK, AppointmentMode.IN_PERSON, NOW)).isFalse();
  }

  @Test
  void aNotifiedOrLeftEntryFitsNothingUntilItJoinsAgain() {
    WaitlistEntry entry = new WaitlistEntry(1, 2, null, null, NOW);
    entry.notified(42, NOW);

    assertThat(entry.getStatus()).isEqualTo(WaitlistStatus.NOTIFIED);
    assertThat(entry.getNotifiedSlotId()).isEqualTo(42L);
    assertThat(entry.fits(NEXT_WEEK, AppointmentMode.PHONE, NOW)).isFalse();

    entry.join(AppointmentMode.PHONE, null, NOW.plusSeconds(5));
    assertThat(entry.getStatus()).isEqualTo(WaitlistStatus.WAITING);
    assertThat(entry.getNotifiedSlotId()).isNull();
    assertThat(entry.getCreatedAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(entry.fits(NEXT_WEEK, AppointmentMode.PHONE, NOW)).isTrue();

    entry.leave();
    assertThat(entry.fits(NEXT_WEEK, AppointmentMode.PHONE, NOW)).isFalse();
  }
}
