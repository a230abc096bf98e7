package health.salus.education.view;

import health.salus.education.boundary.CatalogueService;
import health.salus.education.boundary.Enrolled;
import health.salus.education.boundary.EnrolmentRequest;
import health.salus.education.boundary.LearningService;
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
 * "Assign a programme", on a case and on a patient's record: a clinician or case manager of the
 * patient's care team picks a programme and says why; the patient is told (the service decides who
 * may, the page only offers it to clinicians and case managers).
 */
@Named
@ViewScoped
public class AssignProgrammeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String FORM = "assignProgramme";

  @Inject CatalogueService catalogue;
  @Inject LearningService learning;

  private List<ProgrammeSummary> programmes = List.of();
  private Long programmeId;
  private String reason;

  @PostConstruct
  void init() {
    programmes = catalogue.programmes(UserMessages.locale().toLanguageTag());
  }

  /** Assigns the chosen programme to the patient, then back to {@code returnTo}. */
  public void assign(long patientId, String returnTo) throws IOException {
    if (programmeId == null) {
      PageMessages.error(FORM + ":programme", UserMessages.text("learn.assign.choose"));
      return;
    }
    Enrolled[] done = new Enrolled[1];
    if (PageAction.attempt(
        () -> done[0] = learning.enrol(programmeId, new EnrolmentRequest(patientId, reason)),
        FORM,
        Map.of("reason", "reason"))) {
      PageMessages.flashInfo(done[0].created() ? "learn.assign.done" : "learn.assign.already");
      PageAction.redirect(returnTo);
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
