package health.salus.notification.control;

import health.salus.directory.entity.Practitioner;
import health.salus.identity.entity.UserAccount;
import health.salus.scheduling.boundary.WaitlistOffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Tells a waiting patient that an earlier slot has freed up (in-app and by e-mail), with a link to
 * book it. Runs inside the transaction that freed the slot; the outbox sends the e-mail later. The
 * dedup key names the entry and the slot's start, so one offer is sent once.
 */
@ApplicationScoped
public class WaitlistNotices {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onOffer(@Observes WaitlistOffer offer) {
    UserAccount patient = notifier.accountOf(offer.patientId()).orElse(null);
    if (patient == null) {
      return; // a patient without a portal account is told by the front desk
    }
    Practitioner practitioner = em.find(Practitioner.class, offer.practitionerId());
    String who = practitioner == null ? "" : practitioner.getAccount().getFullName();
    Locale language = texts.languageOf(patient);
    Object[] facts = {
      who,
      texts.when(language, offer.start(), patient.getTimeZone()),
      texts.text(language, "mode." + offer.mode()),
      patient.getFullName().split("\\s+")[0]
    };
    notifier.tell(
        patient,
        "WAITLIST",
        texts.text(language, "WAITLIST.title"),
        texts.text(language, "WAITLIST.body", facts),
        "/scheduling/book.xhtml?practitioner=" + offer.practitionerId(),
        "waitlist:" + offer.entryId() + ":" + offer.start(),
        "waitlist:" + offer.entryId());
  }
}
