package health.salus.messaging.entity;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import health.salus.shared.entity.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A thread's reply due time, overdue rule and triage guard; an attachment's type, size and name.
 */
class TriageAndAttachmentTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final UserAccount PAT = account("pat", Role.PATIENT);
  private static final UserAccount DOC = account("doc", Role.CLINICIAN);
  private static final Patient PATIENT = new Patient(PAT, "Pat", LocalDate.of(1950, 1, 1), NOW);
  private static final Practitioner GP =
      new Practitioner(DOC, "GP", "General Practice", null, null);
  private static final byte[] PDF = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);

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

  private static String refusalOf(Runnable change) {
    try {
      change.run();
    } catch (Refusal refused) {
      return refused.kind() + " " + refused.messageKey();
    }
    throw new AssertionError("expected a refusal");
  }

  private static MessageThread thread() {
    MessageThread thread = MessageThread.toCareTeam(PATIENT, "Knee", PAT, NOW);
    thread.post(PAT, MessageSide.PATIENT, "It hurts", NOW);
    return thread;
  }

  @Test
  void theFirstUnansweredMessageSetsTheDueTimeAndAnAnswerClearsIt() {
    MessageThread thread = thread();
    Instant due = NOW.plus(Duration.ofDays(2));

    thread.awaitReplyBy(due);
    thread.awaitReplyBy(due.plus(Duration.ofDays(1)));

    assertThat(thread.getReplyDueAt()).as("the earlier message's time stands").isEqualTo(due);
    assertThat(thread.overdueAt(due.minusSeconds(1))).isFalse();
    assertThat(thread.overdueAt(due.plusSeconds(1))).isTrue();
    thread.post(DOC, MessageSide.CARE, "Rest it", due.plusSeconds(2));
    assertThat(thread.getReplyDueAt()).isNull();
    assertThat(thread.overdueAt(due.plus(Duration.ofDays(9)))).isFalse();
  }

  @Test
  void aClosedThreadIsNeverOverdueAndTheNextPatientMessageOpensIt() {
    MessageThread thread = thread();
    thread.awaitReplyBy(NOW);
    thread.triage(thread.getVersion(), null, ThreadPriority.ROUTINE, ThreadStatus.CLOSED, null);

    assertThat(thread.overdueAt(NOW.plus(Duration.ofDays(5)))).isFalse();
    thread.awaitReplyBy(NOW);
    assertThat(thread.getStatus()).isEqualTo(ThreadStatus.OPEN);
  }

  @Test
  void triageAsSeenAtAnOlderVersionIsRefusedAndChangesNothing() {
    MessageThread thread = thread();

    String refused =
        refusalOf(
            () ->
                thread.triage(
                    thread.getVersion() - 1,
                    GP,
                    ThreadPriority.URGENT,
                    ThreadStatus.CLOSED,
                    ThreadCategory.RESULTS));

    assertThat(refused).isEqualTo("CONFLICT messaging.triageStale");
    assertThat(thread.getAssignedTo()).isNull();
    assertThat(thread.getPriority()).isEqualTo(ThreadPriority.ROUTINE);
    assertThat(thread.getCategory()).isEqualTo(ThreadCategory.GENERAL);
    thread.triage(
        thread.getVersion(),
        GP,
        ThreadPriority.URGENT,
        ThreadStatus.WAITING_ON_PATIENT,
        ThreadCategory.PRESCRIPTIONS);
    assertThat(thread.getAssignedTo()).isSameAs(GP);
    assertThat(thread.getStatus()).isEqualTo(ThreadStatus.WAITING_ON_PATIENT);
    assertThat(thread.getCategory()).isEqualTo(ThreadCategory.PRESCRIPTIONS);
    thread.triage(thread.getVersion(), GP, ThreadPriority.URGENT, ThreadStatus.OPEN, null);
    assertThat(thread.getCategory())
        .as("no category: as it was")
        .isEqualTo(ThreadCategory.PRESCRIPTIONS);
  }

  @Test
  void anAttachmentKeepsOnlyASafeNameWithTheExtensionOfItsRealType() {
    Message message = thread().post(PAT, MessageSide.PATIENT, "file", NOW);

    MessageAttachment file =
        new MessageAttachment(
            message, "C:\\Users\\pat\\..\\\"scan\".exe", "application/pdf", PDF, 100);

    assertThat(file.getFileName()).isEqualTo("scan.pdf");
    assertThat(file.getContentType()).isEqualTo("application/pdf");
    assertThat(file.getSizeBytes()).isEqualTo(PDF.length);
    assertThat(
            new MessageAttachment(message, "../../etc/passwd", "text/plain", PDF, 100)
                .getFileName())
        .isEqualTo("passwd.txt");
  }

  @Test
  void anAttachmentOfAnotherTypeTooLargeOrEmptyIsRefused() {
    Message message = thread().post(PAT, MessageSide.PATIENT, "file", NOW);

    assertThat(refusalOf(() -> new MessageAttachment(message, "a.pdf", "text/html", PDF, 100)))
        .isEqualTo("UNSUPPORTED_TYPE messaging.attachmentType");
    assertThat(refusalOf(() -> new MessageAttachment(message, "a.pdf", "application/pdf", PDF, 5)))
        .isEqualTo("TOO_LARGE messaging.attachmentTooLarge");
    assertThat(
            refusalOf(
                () -> new MessageAttachment(message, "a.pdf", "application/pdf", new byte[0], 5)))
        .isEqualTo("INVALID messaging.attachmentEmpty");
    assertThat(refusalOf(() -> MessageAttachment.requireAtMost(4)))
        .isEqualTo("RULE messaging.attachmentsTooMany");
  }
}
