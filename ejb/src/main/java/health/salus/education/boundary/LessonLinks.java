package health.salus.education.boundary;

import health.salus.education.control.EducationRepository;
import health.salus.education.entity.ContentLanguage;
import health.salus.education.entity.Lesson;
import health.salus.education.entity.Programme;
import health.salus.identity.boundary.AnySignedIn;
import health.salus.identity.boundary.Callers;
import health.salus.shared.entity.Refusal;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lessons as links for other features (messaging attaches them to a reply): the catalogue to pick
 * from, a check that lessons picked exist, and their titles in the reader's language (their
 * profile's; English when it is neither English nor Simplified Chinese). Reads of the catalogue
 * only: nothing about a patient, so nothing to audit here.
 */
@Stateless
public class LessonLinks {

  @Inject EducationRepository repository;
  @Inject Callers callers;

  /** Every lesson, programme by programme in the catalogue's order, lessons in theirs. */
  @PermitAll
  @AnySignedIn
  public List<LessonLink> catalogue() {
    ContentLanguage in = readersLanguage();
    List<LessonLink> links = new ArrayList<>();
    for (Programme programme : repository.programmes()) {
      for (Lesson lesson : programme.getLessons()) {
        links.add(link(lesson, in));
      }
    }
    return links;
  }

  /** The lessons with these ids, in this order; one that does not exist: 422, naming it. */
  @PermitAll
  @AnySignedIn
  public List<LessonLink> existing(Collection<Long> ids) {
    ContentLanguage in = readersLanguage();
    List<LessonLink> links = new ArrayList<>();
    for (Long id : ids) {
      Lesson lesson =
          (id == null ? Optional.<Lesson>empty() : repository.find(Lesson.class, id))
              .orElseThrow(() -> Refusal.rule("messaging.unknownLesson", String.valueOf(id)));
      links.add(link(lesson, in));
    }
    return links;
  }

  /** The links of the lessons with these ids that exist, by id. */
  @PermitAll
  @AnySignedIn
  public Map<Long, LessonLink> byId(Collection<Long> ids) {
    ContentLanguage in = readersLanguage();
    Map<Long, LessonLink> links = new LinkedHashMap<>();
    for (Long id : ids) {
      repository.find(Lesson.class, id).ifPresent(l -> links.put(id, link(l, in)));
    }
    return links;
  }

  private static LessonLink link(Lesson lesson, ContentLanguage in) {
    return new LessonLink(
        lesson.getId(), CatalogueService.titleIn(lesson, in), lesson.getProgramme().titleIn(in));
  }

  private ContentLanguage readersLanguage() {
    return ContentLanguage.of(callers.account().getLanguage().tag()).orElse(ContentLanguage.EN);
  }
}
