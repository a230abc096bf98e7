package health.salus.prescriptions.view;

import health.salus.prescriptions.boundary.MedicationView;
import health.salus.prescriptions.boundary.NewRefillRequest;
import health.salus.prescriptions.boundary.PrescriptionService;
import health.salus.shared.boundary.NotFoundException;
import health.salus.shared.view.PageAction;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.OptionalLong;

/**
 * Asking for a refill of one of the patient's medications ({@code ?prescription=} its id): the
 * medication, a note for the prescriber and the pharmacy. A page of its own, reached from the
 * medications list, so that the list keeps nothing between requests. A medication that is not the
 * caller's (or no number) is not found (404); one that cannot be refilled now says why and offers
 * no form.
 */
@Named
@ViewScoped
public class RequestRefillBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject PrescriptionService prescriptions;

  private String prescription;
  private MedicationView medication;
  private String note;
  private String pharmacy;

  /**
   * Reads the medication the view parameter names (f:viewAction): one of the caller's, else the
   * not-found page.
   */
  public void load() throws IOException {
    OptionalLong id = PageAction.number(prescription);
    if (id.isPresent()) {
      PageAction.read(
          () ->
              medication =
                  prescriptions.myMedications().stream()
                      .filter(m -> m.id() == id.getAsLong())
                      .findFirst()
                      .orElseThrow(() -> new NotFoundException("medication.notFound")));
    }
  }

  public void requestRefill() throws IOException {
    PageAction.change(
        () -> prescriptions.requestRefill(new NewRefillRequest(medication.id(), note, pharmacy)),
        "refill",
        "/prescriptions/medications.xhtml",
        "refillDialog.sent",
        medication.name());
  }

  /** The bundle key that says why no refill can be asked for now, or null when one can. */
  public String getWhyNot() {
    return medication == null ? null : medication.whyNotRefillable();
  }

  public String getPrescription() {
    return prescription;
  }

  public void setPrescription(String prescription) {
    this.prescription = prescription;
  }

  public MedicationView getMedication() {
    return medication;
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
