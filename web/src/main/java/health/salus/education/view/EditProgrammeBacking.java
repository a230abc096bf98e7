package health.salus.education.view;

import health.salus.education.boundary.AuthoringService;
import health.salus.education.boundary.CatalogueService;
import health.salus.education.boundary.LessonInput;
import health.salus.education.boundary.ProgrammeView;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/** One programme for its educator ({@code ?id=}): its details to change, its lessons, a new one. */
@Named
@ViewScoped
public class EditProgrammeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogueService catalogue;
  @Inject AuthoringService authoring;

  private long id;
  private ProgrammeView programme;
  private final ProgrammeForm form = new ProgrammeForm();
  private String lessonTitle;

  /** Loads the programme (view action); 404 when there is none. */
  public void load() throws IOException {
    try {
      programme = catalogue.programme(id, "en");
      form.fill(programme);
    } catch (NotFoundException none) {
      PageAction.sendError(404);
    }
  }

  public void save() throws IOException {
    PageAction.change(
        () -> authoring.reviseProgramme(id, form.input(programme.version())),
        "programme",
        target(),
        "education.author.saved");
  }

  public void addLesson() throws IOException {
    long[] created = new long[1];
    if (PageAction.attempt(
        () -> created[0] = authoring.addLesson(id, new LessonInput(lessonTitle)),
        "lesson",
        Map.of("title", "lessonTitle"))) {
      PageMessages.flashInfo("education.author.lessonAdded");
      PageAction.redirect("/education/author/lesson.xhtml?id=" + created[0]);
    }
  }

  private String target() {
    return "/education/author/programme.xhtml?id=" + id;
  }

  public ProgrammeView getProgramme() {
    return programme;
  }

  public ProgrammeForm getForm() {
    return form;
  }

  public String getLessonTitle() {
    return lessonTitle;
  }

  public void setLessonTitle(String lessonTitle) {
    this.lessonTitle = lessonTitle;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
