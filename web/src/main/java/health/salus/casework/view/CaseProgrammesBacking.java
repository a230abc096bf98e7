package health.salus.casework.view;

import health.salus.casework.boundary.CaseEducationAssigned;
import health.salus.casework.boundary.CasePlanService;
import health.salus.casework.boundary.NewProgrammeAssignment;
import health.salus.education.boundary.CatalogueService;
import health.salus.education.boundary.ProgrammeSummary;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import health.salus.shared.view.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * "Assign a programme" on the case page: the case team picks an education programme and says why;
 * the case records it (its history, the patient timeline) and shows the patient's progress in it.
 */
@Named
@ViewScoped
public class CaseProgrammesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "assignProgramme";

  @Inject CasePlanService plan;
  @Inject CatalogueService catalogue;
  @Inject CaseBacking page;

  private List<ProgrammeSummary> programmes = List.of();
  private Long programmeId;
  private String reason;

  @PostConstruct
  void init() {
    programmes = catalogue.programmes(UserMessages.locale().toLanguageTag());
  }

  /** Assigns the chosen programme on the case, then back to the case with a confirmation. */
  public void assign() throws IOException {
    if (programmeId == null) {
      PageMessages.error(FORM + ":programme", UserMessages.text("learn.assign.choose"));
      return;
    }
    CaseEducationAssigned[] done = new CaseEducationAssigned[1];
    if (PageAction.attempt(
        () ->
            done[0] =
                plan.assignProgramme(page.getId(), new NewProgrammeAssignment(programmeId, reason)),
        FORM,
        Map.of("reason", "reason", "programmeId", "programme"))) {
      PageMessages.flashInfo(
          done[0].created() ? "learn.assign.done" : "casework.programme.already");
      PageAction.redirect(page.target());
    }
  }

  public List<ProgrammeSummary> getProgrammes() {
    return programmes;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
