package health.salus.casework.view;

import health.salus.casework.boundary.CaseSummaryView;
import health.salus.casework.boundary.CaseworkService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The patient's cases (a carer acting for a patient adds ?patientId=), each opening the case page
 * with the patient's side of it.
 */
@Named
@ViewScoped
public class MyCasesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseworkService cases;

  private Long patientId;
  private List<CaseSummaryView> list = List.of();

  /** Loads the cases (f:viewAction). */
  public void load() {
    list = cases.casesOf(patientId);
  }

  public List<CaseSummaryView> getCases() {
    return list;
  }

  public Long getPatientId() {
    return patientId;
  }

  public void setPatientId(Long patientId) {
    this.patientId = patientId;
  }
}
