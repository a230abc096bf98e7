package health.salus.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.audit.control.AuditRepository;
import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import health.salus.shared.control.CallerContext;
import jakarta.ejb.SessionContext;
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
 * a request every entry is written at once.
 */
class AuditTrailTest {

  private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");

  private final AuditRepository repository = mock(AuditRepository.class);
  private final SessionContext session = mock(SessionContext.class);
  private AuditTrail trail;

  @BeforeEach
  void wire() {
    trail = spy(new AuditTrail());
    trail.repository = repository;
    trail.session = session;
    trail.pending = new PendingAuditEntries();
    trail.callerContext = mock(CallerContext.class);
    trail.actingFor = new ActingFor();
    trail.clock = Clock.fixed(AT, ZoneOffset.UTC);
    when(session.getBusinessObject(AuditTrail.class)).thenReturn(trail);
  }

  private static AuditEvent event(String action, AuditOutcome outcome) {
    return AuditEvent.of(action, outcome).aboutPatient(7L).withActor("dr.chen");
  }

  @Test
  void grantedAccessesAndSuccessesWaitAndAreWrittenTogetherAtTheEnd() {
    trail.record(event("CONDITIONS_READ", AuditOutcome.ALLOWED));
    trail.recordAll(List.of(event("RESULTS_READ", AuditOutcome.SUCCESS)));
    verify(repository, never()).append(any());

    trail.flush();

    List<AuditEntry> written = appended();
    assertThat(written)
        .extracting(AuditEntry::getAction)
        .containsExactly("CONDITIONS_READ", "RESULTS_READ");
    assertThat(written).allSatisfy(e -> assertThat(e.getOccurredAt()).isEqualTo(AT));
    // The flush writes them itself, in its own transaction: no second call of the bean.
    verify(trail, never()).write(any());
    assertThat(trail.pending.isEmpty()).isTrue();
  }

  @Test
  void aRefusalIsWrittenAtOnceAfterWhatWaited() {
    trail.record(event("CONDITIONS_READ", AuditOutcome.ALLOWED));
    trail.record(event("RESULTS_READ", AuditOutcome.DENIED));

    assertThat(appended())
        .extracting(AuditEntry::getOutcome)
        .containsExactly(AuditOutcome.ALLOWED, AuditOutcome.DENIED);

    trail.flush();
    verify(trail).write(any());
    verify(repository).append(any());
  }

  @Test
  void outsideARequestEveryEntryIsWrittenAtOnce() {
    PendingAuditEntries noRequest = mock(PendingAuditEntries.class);
    doThrow(ContextNotActiveException.class).when(noRequest).add(any());
    when(noRequest.drain()).thenThrow(ContextNotActiveException.class);
    trail.pending = noRequest;

    trail.record(event("REMINDER_SENT", AuditOutcome.SUCCESS));

    assertThat(appended()).extracting(AuditEntry::getAction).containsExactly("REMINDER_SENT");
  }

  /** What the one write so far gave the repository, in one batch. */
  @SuppressWarnings("unchecked")
  private List<AuditEntry> appended() {
    ArgumentCaptor<List<AuditEntry>> batch = ArgumentCaptor.forClass(List.class);
    verify(repository, times(1)).append(batch.capture());
    return batch.getValue();
  }
}
