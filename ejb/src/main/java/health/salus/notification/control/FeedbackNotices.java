package health.salus.notification.control;

import health.salus.feedback.boundary.ComplaintChanged;
import health.salus.feedback.boundary.ComplaintOverdue;
import health.salus.feedback.boundary.RatingInvited;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Feedback notices, in-app and by e-mail, in the reader's language: the patient is invited to rate
 * a completed appointment and told each step of their complaint or compliment; the staff who handle
 * complaints (STAFF, ADMIN) are told once of each missed acknowledgement or resolution.
 */
@ApplicationScoped
public class FeedbackNotices {

  @PersistenceContext(unitName = "salus")
  EntityManager em;

  @Inject PatientNotifier notifier;
  @Inject NoticeTexts texts;

  void onInvited(@Observes RatingInvited invited) {
    notifier
        .accountOf(invited.patientId())
        .ifPresent(
            patient -> {
              Locale language = texts.languageOf(patient);
              String subjectRef = "rating-invitation:" + invited.invitationId();
              notifier.tell(
                  patient,
                  "FEEDBACK",
                  texts.text(language, "RATING_INVITED.title"),
                  texts.text(
                      language,
                      "RATING_INVITED.body",
                      invited.practitionerName(),
                      texts.when(language, invited.consultedAt(), patient.getTimeZone()),
                      patient.getFullName().split("\\s+")[0]),
                  "/feedback/rate.xhtml?appointmentId=" + invited.appointmentId(),
                  subjectRef,
                  subjectRef);
            });
  }

  void onComplaint(@Observes ComplaintChanged change) {
    notifier
        .accountOf(change.patientId())
        .ifPresent(
            patient -> {
              Locale language = texts.languageOf(patient);
              String subjectRef = "complaint:" + change.complaintId();
              String key = "COMPLAINT_" + change.action();
              notifier.tell(
                  patient,
                  "FEEDBACK",
                  texts.text(language, key + ".title", kind(language, change)),
                  texts.text(
                      language,
                      key + ".body",
                      kind(language, change),
                      change.note() == null ? "" : change.note(),
                      patient.getFullName().split("\\s+")[0]),
                  "/feedback/complaint.xhtml?id=" + change.complaintId(),
                  subjectRef + ":" + change.action(),
                  subjectRef);
            });
  }

  void onOverdue(@Observes ComplaintOverdue overdue) {
    String subjectRef = "complaint:" + overdue.complaintId();
    for (UserAccount staff : complaintStaff()) {
      Locale language = texts.languageOf(staff);
      notifier.tell(
          staff,
          "FEEDBACK",
          texts.text(language, overdue.breach() + ".title", String.valueOf(overdue.complaintId())),
          texts.text(
              language,
              overdue.breach() + ".body",
              String.valueOf(overdue.complaintId()),
              overdue.patientName(),
              texts.when(language, overdue.due(), staff.getTimeZone())),
          "/feedback/complaint.xhtml?id=" + overdue.complaintId(),
          subjectRef + ":" + overdue.breach() + ":" + staff.getId(),
          subjectRef);
    }
  }

  private String kind(Locale language, ComplaintChanged change) {
    return texts.text(language, "kind." + change.kind());
  }

  private List<UserAccount> complaintStaff() {
    return em.createQuery(
            "SELECT DISTINCT a FROM UserAccount a JOIN a.roles r WHERE r IN :roles"
                + " AND a.enabled = TRUE ORDER BY a.id",
            UserAccount.class)
        .setParameter("roles", EnumSet.of(Role.STAFF, Role.ADMIN))
        .getResultList();
  }
}
