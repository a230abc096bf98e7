package health.salus.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentTest {

  private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
  private static final Clock BEFORE = Clock.fixed(START.minus(Duration.ofDays(2)), ZoneOffset.UTC);
  private static final Clock AFTER_START =
      Clock.fixed(START.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);

  private static Slot slot(long id, Instant start, AppointmentMode mode) {
    return slot(id, 7, start, mode);
  }

  private static Slot slot(long id, long practitionerId, Instant start, AppointmentMode mode) {
    Slot slot = new Slot(practitionerId, 3, start, start.plus(Duration.ofMinutes(30)), mode);
    setId(Slot.class, slot, id);
    return slot;
  }

  private static <T> void setId(Class<T> type, T entity, long id) {
    try {
      Field field = type.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Appointment booked(AppointmentMode mode) {
    Practitioner gp = new Practitioner(null, "GP", "General Practice", null, null);
    setId(Practitioner.class, gp, 7L);
    return new Appointment(
        slot(11, START, mode),
        new Patient(null, "Pat Test", LocalDate.of(1980, 1, 1), START),
        gp,
        "Cough",
        "alice",
        "room-token",
        BEFORE);
  }

  @Test
  void aNewBookingIsBookedByTheBookerAndCopiesItsSlot() {
    Appointment a = booked(AppointmentMode.IN_PERSON);

    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(a.getStatusChangedBy()).isEqualTo("alice");
    assertThat(a.getStatusChangedAt()).isEqualTo(BEFORE.instant());
    assertThat(a.getSlotId()).isEqualTo(11);
    assertThat(a.getStart()).isEqualTo(START);
    assertThat(a.getEnd()).isEqualTo(START.plus(Duration.ofMinutes(30)));
    assertThat(a.getVideoRoom()).as("only video consultations have a room").isNull();
    assertThat(a.isLive()).isTrue();
  }

  @Test
  void aVideoBookingKeepsItsRoomAndAMoveToPersonDropsIt() {
    Appointment a = booked(AppointmentMode.VIDEO);
    assertThat(a.getVideoRoom()).isEqualTo("room-token");

    Instant later = START.plus(Duration.ofDays(1));
    a.moveTo(slot(12, later, AppointmentMode.IN_PERSON), "room-token", "desk.jones", BEFORE);

    assertThat(a.getSlotId()).isEqualTo(12);
    assertThat(a.getStart()).isEqualTo(later);
    assertThat(a.getVideoRoom()).isNull();
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(a.getStatusChangedBy()).isEqualTo("desk.jones");
  }

  @Test
  void cancelRecordsWhoAndWhenAndIsFinal() {
    Appointment a = booked(AppointmentMode.PHONE);
    Clock later = Clock.offset(BEFORE, Duration.ofHours(1));

    a.cancel("bob", later);

    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(a.getStatusChangedBy()).isEqualTo("bob");
    assertThat(a.getStatusChangedAt()).isEqualTo(later.instant());
    assertThat(a.isLive()).isFalse();
    assertThatThrownBy(() -> a.cancel("bob", later))
        .isInstanceOf(IllegalTransitionException.class)
        .extracting(e -> ((IllegalTransitionException) e).messageKey())
        .isEqualTo("appointment.notBooked");
    assertThatThrownBy(() -> a.complete("dr.chen", later))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> a.markArrived("dr.chen", later))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> a.moveTo(slot(13, START, AppointmentMode.PHONE), null, "bob", later))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void arrivedThenCompletedButNotArrivedTwiceOrCancelledAfterArrival() {
    Appointment a = booked(AppointmentMode.IN_PERSON);

    a.markArrived("desk.jones", AFTER_START);
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.ARRIVED);
    assertThat(a.isLive()).isTrue();
    assertThatThrownBy(() -> a.markArrived("desk.jones", AFTER_START))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> a.cancel("alice", AFTER_START))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> a.markNoShow("dr.chen", AFTER_START))
        .isInstanceOf(IllegalTransitionException.class);

    a.complete("dr.chen", AFTER_START);
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.COMPLETED);
    assertThat(a.getStatusChangedBy()).isEqualTo("dr.chen");
    assertThatThrownBy(() -> a.complete("dr.chen", AFTER_START))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aCallIsCompletedStraightFromBooked() {
    Appointment a = booked(AppointmentMode.VIDEO);

    a.complete("dr.chen", AFTER_START);

    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.COMPLETED);
  }

  @Test
  void noShowOnlyOnceTheAppointmentHasStarted() {
    Appointment a = booked(AppointmentMode.IN_PERSON);

    assertThatThrownBy(() -> a.markNoShow("dr.chen", BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .extracting(e -> ((IllegalTransitionException) e).messageKey())
        .isEqualTo("appointment.noShowTooEarly");
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.BOOKED);

    a.markNoShow("dr.chen", AFTER_START);
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.NO_SHOW);
    assertThatThrownBy(() -> a.complete("dr.chen", AFTER_START))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aMoveToAnotherPractitionersSlotIsRefusedAndChangesNothing() {
    Appointment a = booked(AppointmentMode.IN_PERSON);
    Instant later = START.plus(Duration.ofDays(1));

    assertThatThrownBy(
            () -> a.moveTo(slot(12, 8, later, AppointmentMode.IN_PERSON), null, "alice", BEFORE))
        .isInstanceOf(IllegalTransitionException.class)
        .extracting(e -> ((IllegalTransitionException) e).messageKey())
        .isEqualTo("appointment.otherPractitioner");

    assertThat(a.getSlotId()).isEqualTo(11);
    assertThat(a.getStart()).isEqualTo(START);
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    a.moveTo(slot(13, 7, later, AppointmentMode.IN_PERSON), null, "alice", BEFORE);
    assertThat(a.getSlotId()).as("the same practitioner's slot is fine").isEqualTo(13);
  }

  @Test
  void aConsultationIsCompletedOnlyOnceItHasOpened() {
    Appointment call = booked(AppointmentMode.PHONE);
    Clock justBeforeOpening = Clock.fixed(START.minus(Duration.ofMinutes(11)), ZoneOffset.UTC);

    for (Clock early : List.of(BEFORE, justBeforeOpening)) {
      assertThatThrownBy(() -> call.complete("dr.chen", early))
          .isInstanceOf(IllegalTransitionException.class)
          .extracting(e -> ((IllegalTransitionException) e).messageKey())
          .isEqualTo("appointment.tooEarly");
    }
    assertThat(call.getStatus()).isEqualTo(AppointmentStatus.BOOKED);

    call.complete("dr.chen", Clock.fixed(START.minus(Duration.ofMinutes(10)), ZoneOffset.UTC));
    assertThat(call.getStatus()).isEqualTo(AppointmentStatus.COMPLETED);
  }

  @Test
  void anEarlyArrivalDoesNotMakeAnEarlyCompletion() {
    Appointment visit = booked(AppointmentMode.IN_PERSON);
    visit.markArrived("desk.jones", BEFORE);

    assertThatThrownBy(() -> visit.complete("dr.chen", BEFORE))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(visit.getStatus()).isEqualTo(AppointmentStatus.ARRIVED);
  }
}
