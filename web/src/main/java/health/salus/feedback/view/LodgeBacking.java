package health.salus.feedback.view;

import health.salus.feedback.boundary.ComplaintService;
import health.salus.feedback.boundary.NewComplaint;
import health.salus.feedback.entity.ComplaintCategory;
import health.salus.feedback.entity.ComplaintKind;
import health.salus.shared.view.PageAction;
import health.salus.shared.view.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The patient (or a carer acting for them) lodges a complaint or compliment, then follows it on its
 * page; staff lodge one for the patient named by {@code patient} (from the front desk's patient
 * search), then land on it in the register.
 */
@Named
@ViewScoped
public class LodgeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ComplaintService complaints;

  private Long patient;
  private String patientName;
  private ComplaintKind kind = ComplaintKind.COMPLAINT;
  private ComplaintCategory category;
  private String description;

  /**
   * View action: for staff, whom the complaint will be for (an unknown patient: the not-found page;
   * anyone else naming a patient: the forbidden page).
   */
  public void load() throws IOException {
    if (patient != null) {
      PageAction.read(() -> patientName = complaints.patientToLodgeFor(patient));
    }
  }

  public void lodge() throws IOException {
    long[] id = new long[1];
    if (PageAction.attempt(
        () ->
            id[0] =
                complaints
                    .lodge(new NewComplaint(kind, category, description, null, null, patient))
                    .id(),
        "lodge",
        Map.of())) {
      PageMessages.flashInfo("feedback.lodged");
      PageAction.redirect("/feedback/complaint.xhtml?id=" + id[0]);
    }
  }

  public Long getPatient() {
    return patient;
  }

  public void setPatient(Long patient) {
    this.patient = patient;
  }

  public String getPatientName() {
    return patientName;
  }

  public List<ComplaintKind> getKinds() {
    return List.of(ComplaintKind.values());
  }

  public List<ComplaintCategory> getCategories() {
    return List.of(ComplaintCategory.values());
  }

  public ComplaintKind getKind() {
    return kind;
  }

  public void setKind(ComplaintKind kind) {
    this.kind = kind;
  }

  public ComplaintCategory getCategory() {
    return category;
  }

  public void setCategory(ComplaintCategory category) {
    this.category = category;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
