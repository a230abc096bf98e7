package health.salus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real SMTP server (GreenMail): one connection carries a round's messages. */
class MailConnectionTest {

  private int port;
  private GreenMail smtp;
  private Session session;

  @BeforeEach
  void startServer() throws Exception {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    smtp = start();
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", "2000");
    properties.put("mail.smtp.timeout", "2000");
    session = Session.getInstance(properties);
  }

  @AfterEach
  void stopServer() {
    smtp.stop();
  }

  @Test
  void oneConnectionCarriesMessageAfterMessageUpToItsCap() throws Exception {
    try (MailConnection connection = new MailConnection(session)) {
      for (int i = 1; i <= MailConnection.MESSAGES_PER_CONNECTION; i++) {
        connection.send(message("a" + i + "@example.org"));
        assertThat(connection.sentOnThisConnection()).isEqualTo(i);
      }
      connection.send(message("next@example.org"));
      assertThat(connection.sentOnThisConnection()).as("a new connection after the cap").isOne();
    }
    assertThat(smtp.getReceivedMessages()).hasSize(MailConnection.MESSAGES_PER_CONNECTION + 1);
  }

  @Test
  void aConnectionTheServerDroppedIsOpenedAnewForTheNextMessage() throws Exception {
    try (MailConnection connection = new MailConnection(session)) {
      connection.send(message("before@example.org"));
      smtp.stop(); // the server restarts: the kept connection is gone
      smtp = start();

      connection.send(message("after@example.org"));

      assertThat(connection.sentOnThisConnection()).isOne();
    }
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0])
        .hasToString("after@example.org");
  }

  @Test
  void noServerMeansUnreachable() {
    smtp.stop();
    try (MailConnection connection = new MailConnection(session)) {
      assertThatThrownBy(() -> connection.send(message("nobody@example.org")))
          .isInstanceOf(MessagingException.class)
          .satisfies(e -> assertThat(Mailer.serverUnreachable((Exception) e)).isTrue());
      assertThat(connection.sentOnThisConnection()).isZero();
    }
    smtp = start();
  }

  private GreenMail start() {
    GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private MimeMessage message(String to) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("salus@example.org"));
    message.setRecipients(Message.RecipientType.TO, to);
    message.setSubject("Test", "UTF-8");
    message.setText("Body", "UTF-8");
    return message;
  }
}
