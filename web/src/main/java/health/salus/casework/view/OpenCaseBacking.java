package health.salus.casework.view;

import health.salus.casework.boundary.CaseView;
import health.salus.casework.boundary.CaseworkService;
import health.salus.casework.boundary.NewCase;
import health.salus.casework.entity.Programme;
import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.scheduling.boundary.PatientChoice;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Opening a case on the caseload page: the case manager finds the patient by name (the front desk's
 * patient search, audited per patient shown), picks one, the programme and a summary.
 */
@Named
@ViewScoped
public class OpenCaseBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BookingLookupService lookup;
  @Inject CaseworkService cases;

  private String patientName;
  private List<PatientChoice> patients = List.of();
  private Long patientId;
  private Programme programme;
  private String summary;
  private boolean fromReferral;

  /** Finds the patients whose name contains the text typed. */
  public void find() {
    PageAction.attempt(
        () -> {
          patients = lookup.patients(patientName);
          patientId = patients.isEmpty() ? null : patients.get(0).patientId();
        },
        "open-case",
        Map.of());
  }

  public void open() throws IOException {
    CaseView[] opened = new CaseView[1];
    if (PageAction.attempt(
        () -> opened[0] = cases.open(new NewCase(patientId, programme, summary, fromReferral)),
        "open-case",
        Map.of())) {
      health.salus.shared.view.PageMessages.flashInfo("casework.opened", opened[0].patientName());
      PageAction.redirect("/casework/case.xhtml?id=" + opened[0].id());
    }
  }

  public List<Programme> getProgrammes() {
    return List.of(Programme.values());
  }

  public String getPatientName() {
    return patientName;
  }

  public void setPatientName(String patientName) {
    this.patientName = patientName;
  }

  public List<PatientChoice> getPatients() {
    return patients;
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }

  public Programme getProgramme() {
    return programme;
  }

  public void setProgramme(Programme programme) {
    this.programme = programme;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public boolean isFromReferral() {
    return fromReferral;
  }

  public void setFromReferral(boolean fromReferral) {
    this.fromReferral = fromReferral;
  }
}
