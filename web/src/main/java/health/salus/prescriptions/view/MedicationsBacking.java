package health.salus.prescriptions.view;

import health.salus.prescriptions.boundary.MedicationView;
import health.salus.prescriptions.boundary.MyMedications;
import health.salus.prescriptions.boundary.PrescriptionService;
import health.salus.prescriptions.boundary.RefillRequestView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The patient's medications page: their medications with the refills left, each refillable one
 * linking to the page that asks for a refill ({@link RequestRefillBacking}), and their latest
 * refill requests with the decisions. A stateless page (shared.view.StatelessViews): it reads and
 * shows, nothing of it is kept between requests.
 */
@Named
@RequestScoped
public class MedicationsBacking {

  static final int REQUESTS_SHOWN = 20;

  @Inject PrescriptionService prescriptions;

  private List<MedicationView> medications = List.of();
  private List<RefillRequestView> requests = List.of();
  private long requestTotal;

  @PostConstruct
  void load() {
    MyMedications read = prescriptions.myMedicationsPage(REQUESTS_SHOWN);
    medications = read.medications();
    requests = read.requests().items();
    requestTotal = read.requests().total();
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
}
