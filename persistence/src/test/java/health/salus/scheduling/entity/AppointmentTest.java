package health.salus.scheduling.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.shared.entity.Refusal;
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
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).messageKey())
        .isEqualTo("appointment.notBooked");
    assertThatThrownBy(() -> a.complete("dr.chen", later)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> a.markArrived("dr.chen", later)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> a.moveTo(slot(13, START, AppointmentMode.PHONE), null, "bob", later))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void arrivedThenCompletedButNotArrivedTwiceOrCancelledAfterArrival() {
    Appointment a = booked(AppointmentMode.IN_PERSON);

    a.markArrived("desk.jones", AFTER_START);
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.ARRIVED);
    assertThat(a.isLive()).isTrue();
    assertThatThrownBy(() -> a.markArrived("desk.jones", AFTER_START)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> a.cancel("alice", AFTER_START)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> a.markNoShow("dr.chen", AFTER_START)).isInstanceOf(Refusal.class);

    a.complete("dr.chen", AFTER_START);
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.COMPLETED);
    assertThat(a.getStatusChangedBy()).isEqualTo("dr.chen");
    assertThatThrownBy(() -> a.complete("dr.chen", AFTER_START)).isInstanceOf(Refusal.class);
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
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).messageKey())
        .isEqualTo("appointment.noShowTooEarly");
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.BOOKED);

    a.markNoShow("dr.chen", AFTER_START);
    assertThat(a.getStatus()).isEqualTo(AppointmentStatus.NO_SHOW);
    assertThatThrownBy(() -> a.complete("dr.chen", AFTER_START)).isInstanceOf(Refusal.class);
  }

  @Test
  void aMoveToAnotherPractitionersSlotIsRefusedAndChangesNothing() {
    Appointment a = booked(AppointmentMode.IN_PERSON);
    Instant later = START.plus(Duration.ofDays(1));

    assertThatThrownBy(
            () -> a.moveTo(slot(12, 8, later, AppointmentMode.IN_PERSON), null, "alice", BEFORE))
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).messageKey())
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
          .isInstanceOf(Refusal.class)
          .extracting(e -> ((Refusal) e).messageKey())
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

    assertThatThrownBy(() -> visit.complete("dr.chen", BEFORE)).isInstanceOf(Refusal.class);
    assertThat(visit.getStatus()).isEqualTo(AppointmentStatus.ARRIVED);
  }

  /** What the appointment says it allows is exactly what it then does, at each state and time. */
  @Test
  void whatItAllowsIsWhatItDoes() {
    List<Clock> times =
        List.of(
            BEFORE, Clock.fixed(START.minus(Duration.ofMinutes(10)), ZoneOffset.UTC), AFTER_START);
    for (Clock time : times) {
      Instant now = time.instant();
      for (Appointment a : inEveryState()) {
        assertThat(a.isCancellable())
            .as("cancel %s", a.getStatus())
            .isEqualTo(succeeds(a, x -> x.cancel("x", time)));
        assertThat(a.isMovable())
            .as("move %s", a.getStatus())
            .isEqualTo(
                succeeds(
                    a, x -> x.moveTo(slot(14, START, AppointmentMode.PHONE), null, "x", time)));
        assertThat(a.isArrivable())
            .as("arrive %s", a.getStatus())
            .isEqualTo(succeeds(a, x -> x.markArrived("x", time)));
        assertThat(a.isNoShowAllowed(now))
            .as("no-show %s at %s", a.getStatus(), now)
            .isEqualTo(succeeds(a, x -> x.markNoShow("x", time)));
        assertThat(a.isCompletable(now))
            .as("complete %s at %s", a.getStatus(), now)
            .isEqualTo(succeeds(a, x -> x.complete("x", time)));
      }
    }
  }

  @Test
  void aBookedAppointmentAllowsNoShowOnlyFromItsStartAndCompletionFromItsOpening() {
    Appointment a = booked(AppointmentMode.IN_PERSON);

    assertThat(a.isNoShowAllowed(BEFORE.instant())).isFalse();
    assertThat(a.isNoShowAllowed(START)).isTrue();
    assertThat(a.isCompletable(START.minus(Duration.ofMinutes(11)))).isFalse();
    assertThat(a.isCompletable(START.minus(Duration.ofMinutes(10)))).isTrue();
    assertThat(a.isCancellable()).isTrue();
  }

  private List<Appointment> inEveryState() {
    Appointment cancelled = booked(AppointmentMode.PHONE);
    cancelled.cancel("x", BEFORE);
    Appointment arrived = booked(AppointmentMode.IN_PERSON);
    arrived.markArrived("x", BEFORE);
    Appointment noShow = booked(AppointmentMode.IN_PERSON);
    noShow.markNoShow("x", AFTER_START);
    Appointment completed = booked(AppointmentMode.PHONE);
    completed.complete("x", AFTER_START);
    return List.of(booked(AppointmentMode.PHONE), cancelled, arrived, noShow, completed);
  }

  /** Whether the change goes through on a copy in the same state (the original stays as it is). */
  private boolean succeeds(Appointment original, java.util.function.Consumer<Appointment> change) {
    Appointment copy =
        inEveryState().stream()
            .filter(a -> a.getStatus() == original.getStatus())
            .findFirst()
            .orElseThrow();
    try {
      change.accept(copy);
      return true;
    } catch (Refusal refused) {
      return false;
    }
  }
}
