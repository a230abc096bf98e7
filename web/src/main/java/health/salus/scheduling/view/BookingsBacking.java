package health.salus.scheduling.view;

import health.salus.scheduling.boundary.BookingLookupService;
import health.salus.scheduling.boundary.PatientChoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The front desk's start for bookings on behalf of a patient: find the patient by name, then book
 * for them or see, move and cancel their appointments.
 */
@Named
@ViewScoped
public class BookingsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject BookingLookupService lookup;

  private String name;
  private List<PatientChoice> patients = List.of();

  public void search() {
    SchedulingPages.attempt(
        () -> patients = lookup.patients(name), "patients", Map.of("patientName", "name"));
  }

  public List<PatientChoice> getPatients() {
    return patients;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
