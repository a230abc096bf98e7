package health.salus.education.boundary;

import health.salus.audit.boundary.AuditEvent;
import health.salus.audit.boundary.AuditTrail;
import health.salus.audit.entity.AuditOutcome;
import health.salus.education.control.Choices;
import health.salus.education.control.EducationRepository;
import health.salus.education.entity.ContentFormat;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.LessonChoice;
import health.salus.education.entity.ReadingLevel;
import health.salus.identity.boundary.Callers;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * A patient switches the variant of a lesson on its page whenever they like; here they keep that
 * variant (reading level, language, format) for all their lessons, over what tailoring suggests,
 * until they choose again or go back to the suggestion. Lessons opened without naming a variant,
 * and the recommendations, follow the choice (why: "you chose"). The patient's own only; taken one
 * at a time per patient (the patient's row lock), so two at once leave one choice. Audited as
 * {@code EDUCATION_LESSON_CHOICE}.
 */
@Stateless
@RolesAllowed(Role.Names.PATIENT)
public class LessonChoiceService {

  @Inject EducationRepository repository;
  @Inject Callers callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** The patient's choice, if they made one. */
  public Optional<LessonChoiceView> current() {
    return repository.lessonChoice(patient().getId()).map(LessonChoiceView::of);
  }

  /**
   * Keeps this variant for all the patient's lessons: each of level, language and format is needed
   * and must be known (else 400, nothing changed).
   */
  public LessonChoiceView keep(LessonChoiceInput input) {
    ReadingLevel level = required("level", input == null ? null : Choices.level(input.level()));
    ContentLanguage language =
        required("language", input == null ? null : Choices.language(input.language()));
    ContentFormat format =
        required("format", input == null ? null : Choices.format(input.format()));
    Patient patient = repository.locked(Patient.class, patient().getId()).orElseThrow();
    LessonChoice choice =
        repository
            .lessonChoice(patient.getId())
            .map(
                c -> {
                  c.choose(level, language, format, clock.instant());
                  return c;
                })
            .orElseGet(
                () -> {
                  LessonChoice made =
                      new LessonChoice(patient, level, language, format, clock.instant());
                  repository.add(made);
                  return made;
                });
    repository.flush();
    audited(patient, level + " " + language.tag() + " " + format);
    return LessonChoiceView.of(choice);
  }

  /** Back to the variant tailoring suggests (nothing to forget: nothing changes). */
  public void forget() {
    Patient patient = repository.locked(Patient.class, patient().getId()).orElseThrow();
    Optional<LessonChoice> choice = repository.lessonChoice(patient.getId());
    if (choice.isPresent()) {
      repository.remove(choice.get());
      repository.flush();
      audited(patient, "back to the suggestion");
    }
  }

  private void audited(Patient patient, String detail) {
    audit.record(
        AuditEvent.of("EDUCATION_LESSON_CHOICE", AuditOutcome.SUCCESS)
            .aboutPatient(patient.getId())
            .object("Patient", patient.getId())
            .detail(detail));
  }

  private Patient patient() {
    return callers.patient().orElseThrow(() -> new NotFoundException("education.notFound"));
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new InvalidInputException(field, "education.choiceRequired");
    }
    return value;
  }
}
