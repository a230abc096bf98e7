package health.salus.notification.control;

import health.salus.consent.boundary.EmergencyAccessOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * Tells a patient at once, in-app and by e-mail, that a clinician outside their care team opened
 * their record in an emergency: who, when, why and until when.
 */
@ApplicationScoped
public class EmergencyAccessNotices {

  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onOpened(@Observes EmergencyAccessOpened opened) {
    notifier
        .accountOf(opened.patientId())
        .ifPresent(
            patient -> {
              Locale language = texts.languageOf(patient);
              String subjectRef = "emergency-access:" + opened.accessId();
              notifier.tell(
                  patient,
                  "RECORD",
                  texts.text(language, "EMERGENCY_ACCESS.title"),
                  texts.text(
                      language,
                      "EMERGENCY_ACCESS.body",
                      opened.clinicianName(),
                      opened.reason(),
                      texts.when(language, opened.validUntil(), patient.getTimeZone()),
                      patient.getFullName().split("\\s+")[0],
                      texts.when(language, opened.openedAt(), patient.getTimeZone())),
                  "/account/access-history.xhtml",
                  subjectRef,
                  subjectRef);
            });
  }
}
