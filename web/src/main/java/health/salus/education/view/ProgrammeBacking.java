package health.salus.education.view;

import health.salus.education.boundary.CatalogueService;
import health.salus.education.boundary.EnrolmentRequest;
import health.salus.education.boundary.LearningService;
import health.salus.education.boundary.ProgrammeView;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/** One programme ({@code ?id=}): its lessons, what the patient completed, and enrolling. */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogueService catalogue;
  @Inject LearningService learning;

  private long id;
  private ProgrammeView programme;

  /** Loads the programme (view action); 404 when there is none. */
  public void load() throws IOException {
    try {
      programme = catalogue.programme(id, UserMessages.locale().toLanguageTag());
    } catch (NotFoundException none) {
      PageAction.sendError(404);
    }
  }

  public void enrol() throws IOException {
    PageAction.change(
        () -> learning.enrol(id, new EnrolmentRequest(null, null)),
        "enrol",
        "/education/programme.xhtml?id=" + id,
        "learn.enrolled");
  }

  public ProgrammeView getProgramme() {
    return programme;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
