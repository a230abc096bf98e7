package health.salus.casework.entity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The case's status machine, the closed case's refusals, tasks, ratings and referral steps. */
class CaseRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

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

  private CareCase openCase() {
    return new CareCase(patient, Programme.CHRONIC_CARE, manager, "Diabetes support", false, NOW);
  }

  private static Instant later(int minutes) {
    return NOW.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void aCaseStartsOpenOrInIntakeFromAReferral() {
    assertThat(openCase().getStatus()).isEqualTo(CaseStatus.OPEN);
    CareCase intake = new CareCase(patient, Programme.NDIS, manager, "From the GP", true, NOW);
    assertThat(intake.getStatus()).isEqualTo(CaseStatus.INTAKE);
    intake.open(true, manager, later(1));
    assertThat(intake.getStatus()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void holdResumeCloseAndReopenKeepTheWholeHistory() {
    CareCase c = openCase();
    c.putOnHold("In hospital", manager, later(1));
    assertThat(c.getStatus()).isEqualTo(CaseStatus.ON_HOLD);
    c.resume(manager, later(2));
    c.close("Goals met", manager, later(3));
    assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.getOutcome()).isEqualTo("Goals met");
    assertThat(c.getClosedAt()).isEqualTo(later(3));
    c.reopen("Readmitted", manager, later(4));
    assertThat(c.getStatus()).isEqualTo(CaseStatus.OPEN);
    assertThat(c.getOutcome()).isNull();
    assertThat(c.getHistory())
        .extracting(StatusChange::getTo)
        .containsExactly(
            CaseStatus.OPEN,
            CaseStatus.ON_HOLD,
            CaseStatus.OPEN,
            CaseStatus.CLOSED,
            CaseStatus.OPEN);
    assertThat(c.getHistory().get(3).getNote()).isEqualTo("Goals met");
    assertThat(c.getHistory().get(4).getFrom()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void movesFromTheWrongStatusAreRuleRefusalsAndChangeNothing() {
    CareCase c = openCase();
    assertThat(refusal(() -> c.open(true, manager, NOW)).kind()).isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> c.resume(manager, NOW)).messageKey())
        .isEqualTo("casework.transitionRefused");
    assertThat(refusal(() -> c.reopen(null, manager, NOW)).kind()).isEqualTo(Refusal.Kind.RULE);
    c.close("Done", manager, NOW);
    assertThat(refusal(() -> c.close("Again", manager, NOW)).kind()).isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> c.putOnHold(null, manager, NOW)).kind()).isEqualTo(Refusal.Kind.RULE);
    assertThat(c.getStatus()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.getOutcome()).isEqualTo("Done");
    assertThat(c.getHistory()).hasSize(2);
  }

  @Test
  void closingNeedsAnOutcome() {
    CareCase c = openCase();
    Refusal blank = refusal(() -> c.close("  ", manager, NOW));
    assertThat(blank.kind()).isEqualTo(Refusal.Kind.INVALID);
    assertThat(blank.field()).isEqualTo("outcome");
    assertThat(refusal(() -> c.close(null, manager, NOW)).kind()).isEqualTo(Refusal.Kind.INVALID);
    assertThat(c.getStatus()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void aClosedCaseTakesNoNewWork() {
    CareCase c = openCase();
    CaseGoal goal = new CaseGoal(c, "Walk 30 minutes a day", null, manager, NOW);
    c.close("Moved away", manager, NOW);
    assertThat(refusal(() -> new CaseGoal(c, "More", null, manager, NOW)).messageKey())
        .isEqualTo("casework.caseClosed");
    assertThat(refusal(() -> new CaseTask(c, "Call", null, manager, null, manager, NOW)).kind())
        .isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> new CaseNote(c, "Note", NoteVisibility.SHARED, manager, NOW)).kind())
        .isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> new Referral(c, "Podiatry", "Feet", manager, NOW)).kind())
        .isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> goal.rate(5, null, manager, NOW)).kind()).isEqualTo(Refusal.Kind.RULE);
  }

  @Test
  void aDueReviewMakesOneTaskAndTheCycleGoesOnFromItsDueDay() {
    LocalDate today = LocalDate.of(2026, 12, 1);
    CareCase ndis = new CareCase(patient, Programme.NDIS, manager, "NDIS plan", false, NOW);
    CaseReview review = new CaseReview(ndis, today, today, NOW);

    CaseTask task = review.taskCreated(NOW);
    assertThat(task.getTitle()).isEqualTo("Review the case");
    assertThat(task.getDueDate()).isEqualTo(today);
    assertThat(task.getAssignee()).isSameAs(manager);
    assertThat(review.getTask()).isSameAs(task);
    assertThat(refusal(() -> review.taskCreated(later(5))).kind()).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(review.next(today, NOW).orElseThrow().getDueOn()).isEqualTo(today.plusMonths(3));
    // A round that comes late (servers down for months) schedules the next review ahead of today,
    // once, not one for every cycle it missed.
    assertThat(review.next(today.plusMonths(7), NOW).orElseThrow().getDueOn())
        .isEqualTo(today.plusMonths(9));

    CareCase aged = new CareCase(patient, Programme.AGED_CARE, manager, "Residential", false, NOW);
    assertThat(CaseReview.first(aged, today, NOW).orElseThrow().getDueOn())
        .isEqualTo(today.plusYears(1));
    assertThat(new CaseReview(aged, today, today, NOW).next(today, NOW).orElseThrow().getDueOn())
        .isEqualTo(today.plusYears(1));
    CaseReview once = new CaseReview(openCase(), today, today, NOW);
    assertThat(once.next(today, NOW)).as("chronic care: no cycle").isEmpty();
    ndis.close("Plan ended", manager, NOW);
    assertThat(review.next(today, NOW)).as("a closed case").isEmpty();
  }

  @Test
  void aTaskIsOverdueWhenOpenAfterItsDueDateAndDoneOnce() {
    CareCase c = openCase();
    LocalDate due = LocalDate.of(2026, 12, 1);
    CaseTask task = new CaseTask(c, "Book podiatry", due, manager, null, manager, NOW);
    assertThat(task.getPriority()).isEqualTo(TaskPriority.NORMAL);
    assertThat(task.isOverdue(due)).isFalse();
    assertThat(task.isOverdue(due.plusDays(1))).isTrue();
    task.complete(manager, NOW);
    assertThat(task.isOverdue(due.plusDays(1))).isFalse();
    assertThat(refusal(() -> task.complete(manager, NOW)).kind()).isEqualTo(Refusal.Kind.CONFLICT);
  }

  @Test
  void goalRatingsAreOneToTenAndKeptOverTime() {
    CaseGoal goal = new CaseGoal(openCase(), "HbA1c below 7 %", null, manager, NOW);
    assertThat(goal.latestRating()).isNull();
    goal.rate(3, "Started", manager, NOW);
    goal.rate(6, null, manager, later(60));
    assertThat(goal.latestRating()).isEqualTo(6);
    assertThat(refusal(() -> goal.rate(0, null, manager, NOW)).field()).isEqualTo("rating");
    assertThat(refusal(() -> goal.rate(11, null, manager, NOW)).kind())
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(goal.getRatings()).hasSize(2);
  }

  @Test
  void aReferralIsAcceptedThenCompletedWithAResult() {
    Referral r = new Referral(openCase(), "Podiatry", "Foot check", manager, NOW);
    assertThat(refusal(() -> r.complete("Seen", NOW)).kind()).isEqualTo(Refusal.Kind.RULE);
    r.accept(later(1));
    assertThat(refusal(() -> r.accept(NOW)).kind()).isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> r.complete(" ", NOW)).field()).isEqualTo("result");
    r.complete("No ulcers; review in 6 months", later(2));
    assertThat(r.getStatus()).isEqualTo(ReferralStatus.COMPLETED);
    assertThat(r.getResult()).startsWith("No ulcers");
  }

  @Test
  void textsAreRequiredAndBounded() {
    assertThat(
            refusal(() -> new CareCase(patient, Programme.NDIS, manager, " ", false, NOW)).field())
        .isEqualTo("summary");
    assertThat(refusal(() -> new CareCase(patient, null, manager, "x", false, NOW)).field())
        .isEqualTo("programme");
    CareCase c = openCase();
    assertThat(
            refusal(() -> new CaseNote(c, "x".repeat(4001), NoteVisibility.INTERNAL, manager, NOW))
                .messageKey())
        .isEqualTo("casework.textTooLong");
    assertThat(refusal(() -> new CaseNote(c, "x", null, manager, NOW)).field())
        .isEqualTo("visibility");
  }
}
