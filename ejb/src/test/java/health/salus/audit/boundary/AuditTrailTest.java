package health.salus.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import health.salus.audit.control.AuditRepository;
import health.salus.audit.entity.AuditEntry;
import health.salus.audit.entity.AuditOutcome;
import health.salus.shared.control.CallerContext;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Within a request, granted accesses and successes wait and are written together: in the caller's
 * transaction as it commits (again waiting if it does not), with the next refusal, or at the
 * request's end, in the order they came and with the time they happened; outside a request every
 * entry is written at once.
 */
class AuditTrailTest {

  private static final Instant AT = Instant.parse("2026-12-03T08:00:00Z");

  private final AuditLogService log = mock(AuditLogService.class);
  private final AuditRepository repository = mock(AuditRepository.class);
  private final Transactions transactions = new Transactions();
  private AuditTrail trail;

  @BeforeEach
  void wire() {
    trail = new AuditTrail();
    trail.log = log;
    trail.repository = repository;
    trail.pending = new PendingAuditEntries();
    trail.cost = new AuditCost();
    trail.callerContext = mock(CallerContext.class);
    trail.actingFor = new ActingFor();
    trail.clock = Clock.fixed(AT, ZoneOffset.UTC);
    trail.caller = () -> "ANONYMOUS";
    trail.transactions = transactions;
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
  void inTheCallersTransactionWhatWaitsIsWrittenInItAsItCommits() {
    transactions.status = Status.STATUS_ACTIVE;
    trail.record(event("CONDITIONS_READ", AuditOutcome.ALLOWED));
    trail.record(event("RESULTS_READ", AuditOutcome.ALLOWED));
    // One write a transaction, whatever the number of entries.
    assertThat(transactions.registered).hasSize(1);
    verify(repository, never()).append(any());

    transactions.commit();

    assertThat(appended())
        .extracting(AuditEntry::getAction)
        .containsExactly("CONDITIONS_READ", "RESULTS_READ");
    assertThat(trail.cost.writes()).isEqualTo(1);
    trail.flush();
    verify(log, never()).write(any());
  }

  @Test
  void whenTheCallersTransactionDoesNotCommitWhatItWroteWaitsAgainForTheRequestsEnd() {
    transactions.status = Status.STATUS_ACTIVE;
    trail.record(event("CONDITIONS_READ", AuditOutcome.ALLOWED));

    transactions.beforeCompletion();
    transactions.afterCompletion(Status.STATUS_ROLLEDBACK);

    trail.flush();
    assertThat(logged()).extracting(AuditEntry::getAction).containsExactly("CONDITIONS_READ");
  }

  @Test
  void aTransactionMarkedForRollbackIsNotAskedToWrite() {
    transactions.status = Status.STATUS_MARKED_ROLLBACK;
    trail.record(event("CONDITIONS_READ", AuditOutcome.ALLOWED));

    assertThat(transactions.registered).isEmpty();
    trail.flush();
    assertThat(logged()).extracting(AuditEntry::getAction).containsExactly("CONDITIONS_READ");
  }

  @Test
  void outsideARequestEveryEntryIsWrittenAtOnce() {
    PendingAuditEntries noRequest = mock(PendingAuditEntries.class);
    doThrow(ContextNotActiveException.class).when(noRequest).add(any());
    when(noRequest.drain()).thenThrow(ContextNotActiveException.class);
    trail.pending = noRequest;
    transactions.status = Status.STATUS_ACTIVE;

    trail.record(event("REMINDER_SENT", AuditOutcome.SUCCESS));

    assertThat(logged()).extracting(AuditEntry::getAction).containsExactly("REMINDER_SENT");
    assertThat(transactions.registered).isEmpty();
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

  /** What the one write in a transaction of its own so far wrote, in one batch. */
  @SuppressWarnings("unchecked")
  private List<AuditEntry> logged() {
    ArgumentCaptor<List<AuditEntry>> batch = ArgumentCaptor.forClass(List.class);
    verify(log, times(1)).write(batch.capture());
    return batch.getValue();
  }

  /** What the one write in the caller's transaction so far gave the repository, in one batch. */
  @SuppressWarnings("unchecked")
  private List<AuditEntry> appended() {
    ArgumentCaptor<List<AuditEntry>> batch = ArgumentCaptor.forClass(List.class);
    verify(repository, times(1)).append(batch.capture());
    return batch.getValue();
  }

  /** One transaction of the caller's, its synchronizations called as a commit calls them. */
  private static final class Transactions implements TransactionSynchronizationRegistry {

    int status = Status.STATUS_NO_TRANSACTION;
    final List<Synchronization> registered = new ArrayList<>();
    private final Map<Object, Object> resources = new HashMap<>();

    void commit() {
      beforeCompletion();
      afterCompletion(Status.STATUS_COMMITTED);
    }

    void beforeCompletion() {
      registered.forEach(Synchronization::beforeCompletion);
    }

    void afterCompletion(int outcome) {
      registered.forEach(s -> s.afterCompletion(outcome));
      status = Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public Object getTransactionKey() {
      return status == Status.STATUS_NO_TRANSACTION ? null : this;
    }

    @Override
    public void putResource(Object key, Object value) {
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      registered.add(sync);
    }

    @Override
    public int getTransactionStatus() {
      return status;
    }

    @Override
    public void setRollbackOnly() {
      status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public boolean getRollbackOnly() {
      return status == Status.STATUS_MARKED_ROLLBACK;
    }
  }
}
