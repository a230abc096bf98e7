package health.salus.education.view;

import health.salus.education.boundary.AuthoringService;
import health.salus.education.boundary.CatalogueService;
import health.salus.education.boundary.ProgrammeInput;
import health.salus.education.boundary.ProgrammeSummary;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The educator's programmes: each to edit, and a form for a new one. */
@Named
@ViewScoped
public class AuthoringBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CatalogueService catalogue;
  @Inject AuthoringService authoring;

  private List<ProgrammeSummary> programmes = List.of();
  private final ProgrammeForm form = new ProgrammeForm();

  /** Loads the programmes (view action). */
  public void load() {
    programmes = catalogue.programmes("en");
  }

  public void create() throws IOException {
    long[] created = new long[1];
    ProgrammeInput input = form.input(null);
    if (PageAction.attempt(
        () -> created[0] = authoring.createProgramme(input).id(), "programme", Map.of())) {
      PageMessages.flashInfo("education.author.created");
      PageAction.redirect("/education/author/programme.xhtml?id=" + created[0]);
    }
  }

  public List<ProgrammeSummary> getProgrammes() {
    return programmes;
  }

  public ProgrammeForm getForm() {
    return form;
  }
}
