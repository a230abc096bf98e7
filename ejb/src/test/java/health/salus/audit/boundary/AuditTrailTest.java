package health.salus.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import health.salus.shared.control.CallerContext;
import jakarta.enterprise.context.ContextNotActiveException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Within a request, granted accesses and successes wait and are written together, with the next
 * refusal or at the request's end, in the order they came and with the time they happened; outside
 * a request every entry is written at once; the actor is the caller unless the event names one.
 */
class AuditTrailTest {

  private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");

  private final AuditLogService log = mock(AuditLogService.class);
  private AuditTrail trail;

  @BeforeEach
  void wire() {
    trail = new AuditTrail();
    trail.log = log;
    trail.pending = new PendingAuditEntries();
    trail.callerContext = mock(CallerContext.class);
    trail.actingFor = new ActingFor();
    trail.clock = Clock.fixed(AT, ZoneOffset.UTC);
    trail.caller = () -> "ANONYMOUS";
  }

  private static AuditEvent event(String action, AuditOutcome outcome) {
    return AuditEvent.of(action, outcome).aboutPatient(7L).withActor("dr.chen");
  }

  @Test
  void grantedAccessesAndSuccessesWaitAndAreWrittenTogetherAtTheEnd() {
    trail.record(event("CONDITIONS_READ", AuditOutcome.ALLOWED));
    trail.recordAll(List.of(event("RESULTS_READ", AuditOutcome.SUCCESS)));
    verify(log, never()).write(any());

    trail.flush();

    List<AuditEntry> written = logged();
    assertThat(written)
        .extracting(AuditEntry::getAction)
        .containsExactly("CONDITIONS_READ", "RESULTS_READ");
    assertThat(written).allSatisfy(e -> assertThat(e.getOccurredAt()).isEqualTo(AT));
    assertThat(trail.pending.isEmpty()).isTrue();
  }

  @Test
  void aRefusalIsWrittenAtOnceAfterWhatWaited() {
    trail.record(event("CONDITIONS_READ", AuditOutcome.ALLOWED));
    trail.record(event("RESULTS_READ", AuditOutcome.DENIED));

    assertThat(logged())
        .extracting(AuditEntry::getOutcome)
        .containsExactly(AuditOutcome.ALLOWED, AuditOutcome.DENIED);

    trail.flush();
    verify(log, times(1)).write(any());
  }

  @Test
  void outsideARequestEveryEntryIsWrittenAtOnce() {
    PendingAuditEntries noRequest = mock(PendingAuditEntries.class);
    doThrow(ContextNotActiveException.class).when(noRequest).add(any());
    when(noRequest.drain()).thenThrow(ContextNotActiveException.class);
    trail.pending = noRequest;
    trail.record(event("REMINDER_SENT", AuditOutcome.SUCCESS));

    assertThat(logged()).extracting(AuditEntry::getAction).containsExactly("REMINDER_SENT");
  }

  @Test
  void theActorIsTheCallerUnlessTheEventNamesOne() {
    trail.caller = () -> "alice";
    trail.record(AuditEvent.of("PROFILE_READ", AuditOutcome.DENIED));
    trail.record(AuditEvent.of("PROFILE_READ", AuditOutcome.DENIED).withActor("bob"));
    trail.caller = () -> "ANONYMOUS";
    trail.record(AuditEvent.of("LOGIN", AuditOutcome.DENIED));

    @SuppressWarnings("unchecked")
    ArgumentCaptor<List<AuditEntry>> batches = ArgumentCaptor.forClass(List.class);
    verify(log, times(3)).write(batches.capture());
    assertThat(batches.getAllValues())
        .extracting(batch -> batch.get(0).getActor())
        .containsExactly("alice", "bob", null);
  }

  /** What the one write so far wrote, in one batch. */
  @SuppressWarnings("unchecked")
  private List<AuditEntry> logged() {
    ArgumentCaptor<List<AuditEntry>> batch = ArgumentCaptor.forClass(List.class);
    verify(log, times(1)).write(batch.capture());
    return batch.getValue();
  }
}
