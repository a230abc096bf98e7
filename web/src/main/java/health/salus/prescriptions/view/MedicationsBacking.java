package health.salus.prescriptions.view;

import health.salus.prescriptions.boundary.MedicationView;
import health.salus.prescriptions.boundary.MyMedications;
import health.salus.prescriptions.boundary.NewRefillRequest;
import health.salus.prescriptions.boundary.PrescriptionService;
import health.salus.prescriptions.boundary.RefillRequestView;
import health.salus.shared.view.PageAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The patient's medications page: their medications with the refills left, a dialog to ask for a
 * refill (note, pharmacy), and their latest refill requests with the decisions.
 */
@Named
@ViewScoped
public class MedicationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int REQUESTS_SHOWN = 20;

  @Inject PrescriptionService prescriptions;

  private List<MedicationView> medications = List.of();
  private List<RefillRequestView> requests = List.of();
  private long requestTotal;

  private MedicationView selected;
  private String note;
  private String pharmacy;

  @PostConstruct
  void load() {
    MyMedications read = prescriptions.myMedicationsPage(REQUESTS_SHOWN);
    medications = read.medications();
    requests = read.requests().items();
    requestTotal = read.requests().total();
  }

  /** Opens the refill dialog for a medication. */
  public void select(MedicationView medication) {
    selected = medication;
    note = null;
    pharmacy = null;
  }

  public void requestRefill() throws IOException {
    if (selected == null) {
      return;
    }
    PageAction.change(
        () -> prescriptions.requestRefill(new NewRefillRequest(selected.id(), note, pharmacy)),
        "refill",
        "/prescriptions/medications.xhtml",
        "refillDialog.sent",
        selected.name());
  }

  public List<MedicationView> getMedications() {
    return medications;
  }

  public List<RefillRequestView> getRequests() {
    return requests;
  }

  public long getRequestTotal() {
    return requestTotal;
  }

  public MedicationView getSelected() {
    return selected;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getPharmacy() {
    return pharmacy;
  }

  public void setPharmacy(String pharmacy) {
    this.pharmacy = pharmacy;
  }
}
