package health.salus.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends e-mail through Jakarta Mail, with the SMTP server from configuration (SALUS_MAIL_HOST,
 * SALUS_MAIL_PORT, SALUS_MAIL_FROM, optional SALUS_MAIL_USERNAME / SALUS_MAIL_PASSWORD,
 * SALUS_MAIL_STARTTLS). Off unless SALUS_MAIL_ENABLED is true: messages then wait in the outbox.
 */
@ApplicationScoped
public class Mailer {

  @Inject
  @ConfigProperty(name = "salus.mail.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "salus.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "salus.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "salus.mail.from", defaultValue = "Salus <no-reply@salus.invalid>")
  String from;

  @Inject
  @ConfigProperty(name = "salus.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "salus.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "salus.mail.starttls", defaultValue = "false")
  boolean startTls;

  private Session session;

  @PostConstruct
  void openSession() {
    Properties properties = new Properties();
    properties.put("mail.transport.protocol", "smtp");
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
    Authenticator authenticator =
        username.isEmpty()
            ? null
            : new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.get(), password.orElse(""));
              }
            };
    session = Session.getInstance(properties, authenticator);
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** Whether a failed send means the server itself could not be reached (not this message). */
  public static boolean serverUnreachable(Exception failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.net.ConnectException
          || cause instanceof java.net.UnknownHostException
          || cause instanceof java.net.NoRouteToHostException
          || cause instanceof java.net.SocketTimeoutException) {
        return true;
      }
    }
    return false;
  }

  /** A connection for a round of messages; it opens when the first one is sent. */
  public MailConnection connect() {
    return new MailConnection(session);
  }

  /** The e-mail, ready for {@link MailConnection#send}. */
  public MimeMessage compose(String to, String subject, String body, Instant sentAt)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    message.setSentDate(Date.from(sentAt));
    return message;
  }
}
