package health.salus.notification.boundary;

import health.salus.notification.control.MailConnection;
import health.salus.notification.control.Mailer;
import health.salus.notification.control.NotificationRepository;
import health.salus.notification.entity.OutboundMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.UserTransaction;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the due e-mails of the outbox every 15 seconds, on every server: all of them, batch after
 * batch, for up to {@link #ROUND} (so a backlog left by a mail server outage drains at once rather
 * than fifty a tick), over one SMTP connection, what fell due in the last {@link #FRESH} before the
 * older backlog, and none more in this round once the mail server cannot be reached (the rest keep
 * their attempts for the next round). Each message is claimed in a transaction of its own (its
 * version guards the claim), so when several servers dispatch at once exactly one of them sends it;
 * it is marked sent right after. A server that stops between claim and mark leaves the claim to
 * expire after {@link #LEASE}, and the message is sent again (the only case of a second copy).
 * Bean-managed transactions: one per claim and per outcome.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class OutboxDispatcher {

  static final Duration LEASE = Duration.ofMinutes(10);
  static final Duration ROUND = Duration.ofSeconds(10);

  /** Due within this span before a round: sent before the older backlog. */
  static final Duration FRESH = Duration.ofMinutes(2);

  private static final int BATCH = 50;
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

  private final String node = ManagementFactory.getRuntimeMXBean().getName();

  @Resource UserTransaction transaction;
  @Inject NotificationRepository outbox;
  @Inject Mailer mailer;
  @Inject Clock clock;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  void dispatch() {
    if (!mailer.isEnabled()) {
      return;
    }
    long deadline = System.nanoTime() + ROUND.toNanos();
    try (MailConnection smtp = mailer.connect()) {
      releaseStaleClaims();
      sendDue(smtp, deadline);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The e-mail outbox could not be dispatched this time", e);
    }
  }

  /**
   * Sends the due messages batch after batch until none is left, the round's time is up or the mail
   * server cannot be reached. Each batch is what fell due lately if there is any (a booking's
   * confirmation does not wait behind an outage's backlog, not even one that is being sent), else
   * the oldest of the rest.
   */
  private void sendDue(MailConnection smtp, long deadline) {
    while (true) {
      Instant now = clock.instant();
      List<Long> due = inTransaction(() -> outbox.dueIds(now.minus(FRESH), now, BATCH));
      if (due != null && due.isEmpty()) {
        due = inTransaction(() -> outbox.dueIds(null, now, BATCH));
      }
      if (due == null || due.isEmpty()) {
        return;
      }
      for (long id : due) {
        if (System.nanoTime() - deadline > 0) {
          return; // the next round goes on
        }
        OutboundMessage claimed = inTransaction(() -> claim(id));
        if (claimed != null && !send(claimed, smtp)) {
          return; // the mail server cannot be reached: the others wait for the next round
        }
      }
    }
  }

  private OutboundMessage claim(long id) {
    OutboundMessage message = outbox.message(id);
    if (message == null || !message.claim(node, clock.instant())) {
      return null;
    }
    outbox.flush();
    return message;
  }

  /** Sends one claimed message; false if the mail server could not be reached. */
  private boolean send(OutboundMessage message, MailConnection smtp) {
    String error = null;
    boolean reachable = true;
    try {
      smtp.send(
          mailer.compose(
              message.getRecipient(), message.getSubject(), message.getBody(), clock.instant()));
    } catch (MessagingException | RuntimeException e) {
      reachable = !Mailer.serverUnreachable(e);
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
      LOG.log(Level.INFO, "Sending outbox message " + message.getId() + " failed: " + error);
    }
    String failure = error;
    inTransaction(
        () -> {
          OutboundMessage current = outbox.message(message.getId());
          if (failure == null) {
            current.sent(clock.instant());
          } else {
            current.failed(failure, clock.instant());
          }
          return current;
        });
    return reachable;
  }

  private void releaseStaleClaims() {
    inTransaction(
        () -> {
          Instant now = clock.instant();
          List<OutboundMessage> sending = outbox.sending();
          sending.forEach(m -> m.releaseIfStale(now, LEASE));
          return sending.size();
        });
  }

  /** Runs the work in a transaction of its own; a lost claim race yields null. */
  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    try {
      transaction.begin();
      T result = work.get();
      transaction.commit();
      return result;
    } catch (RollbackException | OptimisticLockException lostRace) {
      rollbackQuietly();
      return null;
    } catch (PersistenceException e) {
      rollbackQuietly();
      if (e.getCause() instanceof OptimisticLockException) {
        return null;
      }
      throw e;
    } catch (Exception e) {
      rollbackQuietly();
      throw new IllegalStateException("outbox transaction failed", e);
    }
  }

  private void rollbackQuietly() {
    try {
      transaction.rollback();
    } catch (Exception alreadyEnded) {
      // The transaction is gone either way.
    }
  }
}
