package health.salus.feedback.entity;

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

/** The complaint's status machine and SLA breaches, the rating once only, the NPS interval. */
class FeedbackRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final Instant ACK_BY = NOW.plus(Duration.ofDays(2));
  private static final Instant RESOLVE_BY = NOW.plus(Duration.ofDays(30));

  private final UserAccount staff = account("desk", Role.STAFF);
  private final UserAccount patientAccount = account("pat", Role.PATIENT);
  private final Patient patient =
      new Patient(patientAccount, "Pat Test", LocalDate.of(1950, 3, 4), NOW);

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

  private Complaint lodged() {
    return new Complaint(
        patient,
        ComplaintKind.COMPLAINT,
        ComplaintCategory.CARE,
        "  Nobody called me back.  ",
        null,
        null,
        patientAccount,
        NOW,
        ACK_BY,
        RESOLVE_BY);
  }

  private static Instant later(int hours) {
    return NOW.plus(Duration.ofHours(hours));
  }

  @Test
  void aComplaintIsReceivedThenAcknowledgedThenResolved() {
    Complaint c = lodged();
    assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(c.getDescription()).isEqualTo("Nobody called me back.");
    c.triage(ComplaintCategory.COMMUNICATION, Severity.HIGH, "call today", staff, later(1));
    c.acknowledge("We are on it.", staff, later(2));
    assertThat(c.getStatus()).isEqualTo(ComplaintStatus.ACKNOWLEDGED);
    c.resolve("We called and apologised.", staff, later(30));
    assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RESOLVED);
    assertThat(c.getResolution()).isEqualTo("We called and apologised.");
    assertThat(c.getCategory()).isEqualTo(ComplaintCategory.COMMUNICATION);
    assertThat(c.getSeverity()).isEqualTo(Severity.HIGH);
    assertThat(c.getHistory())
        .extracting(ComplaintStep::getAction)
        .containsExactly(
            ComplaintAction.LODGED,
            ComplaintAction.TRIAGED,
            ComplaintAction.ACKNOWLEDGED,
            ComplaintAction.RESOLVED);
  }

  @Test
  void aClosedComplaintTakesNoMoreSteps() {
    Complaint c = lodged();
    c.resolve("Sorted at once.", staff, later(1));
    assertThat(c.getAcknowledgedAt()).as("resolving acknowledges").isEqualTo(later(1));
    assertThat(refusal(() -> c.acknowledge(null, staff, later(2))).messageKey())
        .isEqualTo("feedback.transitionRefused");
    assertThat(refusal(() -> c.withdraw(null, patientAccount, later(2))).kind())
        .isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> c.triage(null, Severity.LOW, null, staff, later(2))).kind())
        .isEqualTo(Refusal.Kind.RULE);
    assertThat(refusal(() -> c.resolve("again", staff, later(2))).kind())
        .isEqualTo(Refusal.Kind.RULE);
  }

  @Test
  void acknowledgingTwiceIsRefusedAndWithdrawingEndsIt() {
    Complaint c = lodged();
    c.acknowledge(null, staff, later(1));
    assertThat(refusal(() -> c.acknowledge(null, staff, later(2))).kind())
        .isEqualTo(Refusal.Kind.RULE);
    c.withdraw("Sorted it out myself", patientAccount, later(3));
    assertThat(c.getStatus()).isEqualTo(ComplaintStatus.WITHDRAWN);
    assertThat(c.isOpen()).isFalse();
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    assertThat(
            refusal(
                    () ->
                        new Complaint(
                            patient,
                            ComplaintKind.COMPLAINT,
                            ComplaintCategory.CARE,
                            " ",
                            null,
                            null,
                            patientAccount,
                            NOW,
                            ACK_BY,
                            RESOLVE_BY))
                .messageKey())
        .isEqualTo("feedback.description.required");
    Complaint c = lodged();
    assertThat(refusal(() -> c.resolve("  ", staff, later(1))).field()).isEqualTo("resolution");
    assertThat(refusal(() -> c.triage(null, null, null, staff, later(1))).field())
        .isEqualTo("severity");
    assertThat(c.getStatus()).isEqualTo(ComplaintStatus.RECEIVED);
    assertThat(c.getHistory()).hasSize(1);
  }

  @Test
  void eachBreachIsMarkedOnceAndOnlyWhenDue() {
    Complaint c = lodged();
    assertThat(c.markAcknowledgementOverdue(ACK_BY)).as("not after the time yet").isFalse();
    Instant late = ACK_BY.plusSeconds(1);
    assertThat(c.markAcknowledgementOverdue(late)).isTrue();
    assertThat(c.markAcknowledgementOverdue(late.plusSeconds(60))).isFalse();
    assertThat(c.markResolutionOverdue(late)).isFalse();
    c.acknowledge(null, staff, late);
    Instant veryLate = RESOLVE_BY.plusSeconds(1);
    assertThat(c.isAcknowledgementOverdue(veryLate)).isFalse();
    assertThat(c.markResolutionOverdue(veryLate)).isTrue();
    assertThat(c.markResolutionOverdue(veryLate.plusSeconds(1))).isFalse();
    assertThat(c.getHistory())
        .extracting(ComplaintStep::getAction)
        .containsExactly(
            ComplaintAction.LODGED,
            ComplaintAction.ACK_OVERDUE,
            ComplaintAction.ACKNOWLEDGED,
            ComplaintAction.RESOLUTION_OVERDUE);
  }

  @Test
  void aResolvedComplaintIsNeverOverdue() {
    Complaint c = lodged();
    c.resolve("Done", staff, later(1));
    assertThat(c.markAcknowledgementOverdue(RESOLVE_BY.plusSeconds(5))).isFalse();
    assertThat(c.markResolutionOverdue(RESOLVE_BY.plusSeconds(5))).isFalse();
  }

  @Test
  void anAppointmentIsRatedOnceFromOneToFive() {
    RatingInvitation invitation = new RatingInvitation(7L, patient, null, NOW, NOW);
    assertThat(refusal(() -> invitation.rate(0, null, patientAccount, later(1))).kind())
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(refusal(() -> invitation.rate(6, null, patientAccount, later(1))).kind())
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(invitation.isRated()).isFalse();
    invitation.rate(5, " Great ", patientAccount, later(1));
    assertThat(invitation.getScore()).isEqualTo(5);
    assertThat(invitation.getComment()).isEqualTo("Great");
    assertThat(refusal(() -> invitation.rate(4, null, patientAccount, later(2))).kind())
        .isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(invitation.getScore()).isEqualTo(5);
  }

  @Test
  void theNetPromoterQuestionIsDueEveryNinetyDays() {
    assertThat(NpsAnswer.dueAfter(null, NOW)).isTrue();
    assertThat(NpsAnswer.dueAfter(NOW, NOW.plus(Duration.ofDays(89)))).isFalse();
    assertThat(NpsAnswer.dueAfter(NOW, NOW.plus(Duration.ofDays(90)))).isTrue();
    assertThat(refusal(() -> new NpsAnswer(patient, 11, null, patientAccount, NOW)).kind())
        .isEqualTo(Refusal.Kind.INVALID);
    assertThat(new NpsAnswer(patient, 0, null, patientAccount, NOW).getScore()).isZero();
  }
}
