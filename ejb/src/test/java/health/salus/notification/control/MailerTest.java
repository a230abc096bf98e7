package health.salus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class MailerTest {

  @Test
  void aServerThatRefusesOrDoesNotAnswerIsUnreachable() {
    assertThat(
            Mailer.serverUnreachable(
                new MessagingException("Couldn't connect", new ConnectException("refused"))))
        .isTrue();
    assertThat(
            Mailer.serverUnreachable(
                new MessagingException("timed out", new SocketTimeoutException("read"))))
        .isTrue();
    assertThat(
            Mailer.serverUnreachable(
                new MessagingException("unknown", new UnknownHostException("smtp.invalid"))))
        .isTrue();
  }

  @Test
  void aMessageTheServerRejectsLeavesTheServerReachable() {
    assertThat(Mailer.serverUnreachable(new SendFailedException("550 no such user"))).isFalse();
    assertThat(Mailer.serverUnreachable(new IllegalArgumentException("bad address"))).isFalse();
  }
}
