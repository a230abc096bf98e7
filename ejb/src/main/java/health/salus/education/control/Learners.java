package health.salus.education.control;

import health.salus.education.control.Tailoring.Learner;
import health.salus.education.entity.QuestionnaireResponse;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.UserAccount;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The caller as tailoring sees them: their profile (education, internet access, preferred
 * language); for a patient also their age, their latest literacy screen, the variant they chose for
 * all their lessons and, when asked, their active conditions (the caller decides whether they may
 * be read).
 */
@Dependent
public class Learners {

  @Inject Callers callers;
  @Inject EducationRepository repository;
  @Inject Clock clock;

  public Learner current(boolean withConditions) {
    UserAccount account = callers.account();
    Optional<Patient> patient = callers.patient();
    Integer age =
        patient
            .map(Patient::getBirthDate)
            .map(b -> Period.between(b, LocalDate.now(clock)).getYears())
            .orElse(null);
    return new Learner(
        account.getEducationLevel(),
        account.getInternetAccess(),
        account.getPreferredLanguage(),
        age,
        patient
            .flatMap(p -> repository.latestScreen(p.getId()))
            .map(QuestionnaireResponse::getResult)
            .orElse(null),
        withConditions && patient.isPresent()
            ? repository.activeConditions(patient.get().getId())
            : List.of(),
        patient
            .flatMap(p -> repository.lessonChoice(p.getId()))
            .map(c -> new VariantChoice.Key(c.getLevel(), c.getLanguage(), c.getFormat()))
            .orElse(null));
  }
}
