package health.salus.notification.control;

import health.salus.prescriptions.boundary.RefillDecided;
import health.salus.prescriptions.entity.RefillStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;

/** Tells a patient that their refill request was approved or denied, in-app and by e-mail. */
@ApplicationScoped
public class RefillNotices {

  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onDecision(@Observes RefillDecided decision) {
    notifier
        .accountOf(decision.patientId())
        .ifPresent(
            patient -> {
              String kind =
                  decision.status() == RefillStatus.APPROVED ? "REFILL_APPROVED" : "REFILL_DENIED";
              String subjectRef = "refill:" + decision.refillRequestId();
              Locale language = texts.languageOf(patient);
              notifier.tell(
                  patient,
                  "PRESCRIPTION",
                  texts.text(language, kind + ".title"),
                  texts.text(
                      language,
                      kind + ".body",
                      decision.medicationName(),
                      decision.reason(),
                      decision.refillsRemaining(),
                      patient.getFullName().split("\\s+")[0]),
                  "/prescriptions/medications.xhtml",
                  subjectRef + ":" + decision.status(),
                  subjectRef);
            });
  }
}
