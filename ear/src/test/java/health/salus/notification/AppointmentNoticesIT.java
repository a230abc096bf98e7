package health.salus.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import health.salus.identity.boundary.IdentityService;
import health.salus.identity.boundary.RegisteredPatient;
import health.salus.identity.boundary.Registration;
import health.salus.notification.entity.OutboundMessage;
import health.salus.notification.entity.OutboundStatus;
import health.salus.scheduling.boundary.AppointmentEvent;
import health.salus.scheduling.boundary.AppointmentEvent.Kind;
import health.salus.shared.entity.Language;
import health.salus.testsupport.AppointmentEvents;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container, with a real SMTP server (GreenMail) where the IT Payara sends its mail: an
 * appointment change becomes an in-app notice and an e-mail, the 24-hour reminder is sent once
 * however often it is asked for, and a cancellation withdraws the reminder.
 */
@ExtendWith(ArquillianExtension.class)
public class AppointmentNoticesIT {

  private static final Duration DISPATCH_WAIT = Duration.ofSeconds(75);

  private GreenMail smtp;
  private AppointmentEvents appointments;
  private IdentityService identity;

  @BeforeEach
  void startSmtpServerAndLookUpBeans() throws InterruptedException {
    // The IT server sends to 127.0.0.1:SALUS_MAIL_PORT (see ear/pom.xml); listen there.
    int port = Integer.parseInt(System.getenv("SALUS_MAIL_PORT"));
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    appointments = CDI.current().select(AppointmentEvents.class).get();
    identity = CDI.current().select(IdentityService.class).get();
    // The suite's earlier tests left mail in the outbox while no server listened: the times below
    // are for this test's own messages.
    waitForTheOutboxToDrain();
  }

  @AfterEach
  void stopSmtpServer() {
    smtp.stop();
  }

  @Test
  void changesAreToldInAppAndByEmailAndTheReminderIsSentOnce() throws Exception {
    RegisteredPatient patient = register();
    long appointmentId = AppointmentEvents.newAppointmentId();
    // Starts in 23 hours: the 24-hour reminder is due at once.
    Instant start = Instant.now().plus(23, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);

    appointments.fire(event(Kind.BOOKED, appointmentId, patient, start));
    // Told again for the same time (moved and back): the reminder is asked for twice, sent once.
    appointments.fire(event(Kind.RESCHEDULED, appointmentId, patient, start));

    List<MimeMessage> received = waitForMail(patient.username() + "@example.org", 3);
    assertThat(received)
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder(
            "Appointment booked", "Appointment moved", "Reminder: appointment tomorrow");
    assertThat(received.get(0).getContent().toString()).contains("Dr Wei Chen");

    List<OutboundMessage> outbox = appointments.outboxAbout(appointmentId);
    assertThat(outbox.stream().filter(m -> m.getSubjectRef().endsWith(":reminder"))).hasSize(1);
    assertThat(outbox).allMatch(m -> m.getStatus() == OutboundStatus.SENT);

    assertThat(appointments.notificationsOf(patient.username()))
        .extracting(n -> n.getTitle())
        .containsExactly("Appointment booked", "Appointment moved");
  }

  @Test
  void aPatientWhoseProfileSaysChineseIsToldInChinese() throws Exception {
    RegisteredPatient patient = register();
    appointments.chooseLanguage(patient.username(), Language.ZH_CN);
    long appointmentId = AppointmentEvents.newAppointmentId();
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    appointments.fire(event(Kind.BOOKED, appointmentId, patient, start));

    MimeMessage mail = waitForMail(patient.username() + "@example.org", 1).get(0);
    assertThat(mail.getSubject()).isEqualTo("\u9884\u7ea6\u6210\u529f"); // appointment booked
    assertThat(mail.getContent().toString())
        .contains("Noa\uff0c\u60a8\u597d", "Dr Wei Chen", "\u8bf7\u4e0d\u8981\u56de\u590d");
    assertThat(appointments.notificationsOf(patient.username()))
        .extracting(n -> n.getTitle())
        .containsExactly("\u9884\u7ea6\u6210\u529f");
  }

  @Test
  void aCancellationWithdrawsTheReminderAndIsTold() throws Exception {
    RegisteredPatient patient = register();
    long appointmentId = AppointmentEvents.newAppointmentId();
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

    appointments.fire(event(Kind.BOOKED, appointmentId, patient, start));
    appointments.fire(event(Kind.CANCELLED, appointmentId, patient, start));

    List<MimeMessage> received = waitForMail(patient.username() + "@example.org", 2);
    assertThat(received)
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder("Appointment booked", "Appointment cancelled");
    assertThat(appointments.outboxAbout(appointmentId))
        .filteredOn(m -> m.getSubjectRef().endsWith(":reminder"))
        .singleElement()
        .extracting(OutboundMessage::getStatus)
        .isEqualTo(OutboundStatus.CANCELLED);
  }

  @Test
  void aBacklogLeftByAMailOutageIsSentInOneRoundAfterWhatFellDueLately() throws Exception {
    RegisteredPatient patient = register();
    Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    long appointmentId = AppointmentEvents.newAppointmentId();
    appointments.fire(event(Kind.BOOKED, appointmentId, patient, start));
    String to = "backlog" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    appointments.enqueueBacklog(to, 220);

    // One round of the dispatcher (every 15 s) sends all; fifty a tick would take five ticks.
    List<MimeMessage> received = waitForMail(to, 220, Duration.ofSeconds(35));

    // The booking fell due after the backlog, yet goes first: it does not wait behind it. (When
    // the outbox marked each sent: the SMTP server lists what it received by mailbox, not by time.)
    Instant bookingSent =
        appointments.outboxAbout(appointmentId).stream()
            .filter(m -> m.getStatus() == OutboundStatus.SENT)
            .map(OutboundMessage::getSentAt)
            .findFirst()
            .orElseThrow(() -> new AssertionError("the booking's e-mail was not sent"));
    // Two dispatchers run here (the application's and the test deployment's), as on two servers:
    // while one sends the booking the other may start on the backlog, but no more than a batch.
    long backlogSentBefore =
        appointments.sentTo(to).stream().filter(sent -> sent.isBefore(bookingSent)).count();
    assertThat(backlogSentBefore).as("backlog messages sent before the booking").isLessThan(50);
    assertThat(received).as("the backlog, all sent in one round").hasSize(220);
  }

  private void waitForTheOutboxToDrain() throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofMinutes(3));
    while (appointments.dueInOutbox() > 0 && Instant.now().isBefore(until)) {
      Thread.sleep(1_000);
    }
    assertThat(appointments.dueInOutbox()).as("messages due in the outbox").isZero();
  }

  private List<MimeMessage> waitForMail(String to, int count) throws Exception {
    return waitForMail(to, count, DISPATCH_WAIT);
  }

  private List<MimeMessage> waitForMail(String to, int count, Duration wait) throws Exception {
    Instant until = Instant.now().plus(wait);
    List<MimeMessage> mine = List.of();
    while (Instant.now().isBefore(until)) {
      mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientIs(m, to)).toList();
      if (mine.size() >= count) {
        Thread.sleep(2_000); // and nothing more arrives
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientIs(m, to)).toList();
      }
      Thread.sleep(1_000);
    }
    return mine;
  }

  private static boolean recipientIs(MimeMessage message, String to) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }

  private AppointmentEvent event(
      Kind kind, long appointmentId, RegisteredPatient patient, Instant start) {
    return new AppointmentEvent(
        kind,
        appointmentId,
        patient.patientId(),
        appointments.practitionerId("dr.chen"),
        "VIDEO",
        start,
        start.plus(15, ChronoUnit.MINUTES),
        "desk.jones");
  }

  private RegisteredPatient register() {
    String username = "notice" + UUID.randomUUID().toString().substring(0, 8);
    return identity.register(
        new Registration(
            username,
            "Quiet-harbour-lantern-42",
            username + "@example.org",
            "Noa Tester",
            LocalDate.of(1980, 5, 17)));
  }
}
