package health.salus.scheduling.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CancellationCutoffTest {

  private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

  @Test
  void allowsCancellingUntilTheCutoffBeforeTheStartAndNotAfter() {
    CancellationCutoff cutoff = CancellationCutoff.ofHours(24);
    Clock dayAndMinuteBefore =
        Clock.fixed(START.minus(Duration.ofHours(24)).minusSeconds(60), ZoneOffset.UTC);
    Clock exactlyAtCutoff = Clock.fixed(START.minus(Duration.ofHours(24)), ZoneOffset.UTC);
    Clock hourBefore = Clock.fixed(START.minus(Duration.ofHours(1)), ZoneOffset.UTC);

    assertThat(cutoff.allows(START, dayAndMinuteBefore.instant())).isTrue();
    assertThat(cutoff.allows(START, exactlyAtCutoff.instant())).isFalse();
    assertThat(cutoff.allows(START, hourBefore.instant())).isFalse();
    assertThat(cutoff.allows(START, START.plusSeconds(1))).isFalse();
    assertThat(cutoff.hours()).isEqualTo(24);
  }

  @Test
  void theCutoffIsConfigurable() {
    CancellationCutoff twoHours = CancellationCutoff.ofHours(2);
    Instant threeHoursBefore = START.minus(Duration.ofHours(3));

    assertThat(twoHours.allows(START, threeHoursBefore)).isTrue();
    assertThat(CancellationCutoff.ofHours(24).allows(START, threeHoursBefore)).isFalse();
    assertThat(CancellationCutoff.ofHours(0).allows(START, START.minusSeconds(1))).isTrue();
  }

  @Test
  void aVideoRoomOpensTenMinutesBeforeAndClosesAnHourAfterTheEnd() {
    Instant end = START.plus(Duration.ofMinutes(20));

    assertThat(ConsultationRooms.isOpen(START, end, START.minus(Duration.ofMinutes(11)))).isFalse();
    assertThat(ConsultationRooms.isOpen(START, end, START.minus(Duration.ofMinutes(10)))).isTrue();
    assertThat(ConsultationRooms.isOpen(START, end, end.plus(Duration.ofMinutes(59)))).isTrue();
    assertThat(ConsultationRooms.isOpen(START, end, end.plus(Duration.ofMinutes(60)))).isFalse();
    assertThat(ConsultationRooms.opensAt(START)).isEqualTo(START.minus(Duration.ofMinutes(10)));
  }

  @Test
  void roomsAre128RandomBitsAndDiffer() {
    ConsultationRooms rooms = new ConsultationRooms();
    rooms.baseUrl = "https://meet.example/salus-";

    String one = rooms.newRoom();
    String two = rooms.newRoom();

    assertThat(one).matches("[0-9a-f]{32}").isNotEqualTo(two);
    assertThat(rooms.link(one)).isEqualTo("https://meet.example/salus-" + one);
  }
}
