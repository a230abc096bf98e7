package health.salus.notification.control;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection for a round of messages: opened by the first message, kept for the next ones
 * (a handshake per message made a backlog drain slowly), and opened anew after {@link
 * #MESSAGES_PER_CONNECTION} messages (servers cap them) or when the kept connection has gone stale
 * (the message is then tried once on a new one). A message the server rejects is not tried again.
 * Not thread-safe: one round, one connection.
 */
public final class MailConnection implements AutoCloseable {

  static final int MESSAGES_PER_CONNECTION = 100;

  private final Session session;
  private Transport transport;
  private int sentOnThisConnection;

  MailConnection(Session session) {
    this.session = session;
  }

  public void send(MimeMessage message) throws MessagingException {
    message.saveChanges();
    if (transport != null && sentOnThisConnection < MESSAGES_PER_CONNECTION) {
      try {
        deliver(message);
        return;
      } catch (MessagingException e) {
        if (rejected(e)) {
          throw e;
        }
        // The kept connection has gone (closed by the server, timed out): once more, afresh.
      }
    }
    close();
    transport = session.getTransport();
    try {
      transport.connect();
      deliver(message);
    } catch (MessagingException e) {
      close();
      throw e;
    }
  }

  /** How many messages went over the connection open now (0 when none is open). */
  int sentOnThisConnection() {
    return sentOnThisConnection;
  }

  private void deliver(MimeMessage message) throws MessagingException {
    try {
      transport.sendMessage(message, message.getAllRecipients());
      sentOnThisConnection++;
    } catch (MessagingException e) {
      if (!rejected(e)) {
        close();
      }
      throw e;
    }
  }

  /** The server refused this message's recipients; the connection itself is fine. */
  private static boolean rejected(MessagingException failure) {
    return failure instanceof SendFailedException sendFailed
        && sendFailed.getInvalidAddresses() != null
        && sendFailed.getInvalidAddresses().length > 0;
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException alreadyGone) {
        // Nothing left to close.
      }
    }
    transport = null;
    sentOnThisConnection = 0;
  }
}
