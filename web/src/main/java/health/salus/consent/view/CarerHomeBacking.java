package health.salus.consent.view;

import health.salus.billing.boundary.InvoiceService;
import health.salus.billing.boundary.InvoiceView;
import health.salus.consent.boundary.RepresentedPerson;
import health.salus.consent.entity.ConsentCategory;
import health.salus.prescriptions.boundary.MedicationView;
import health.salus.prescriptions.boundary.NewRefillRequest;
import health.salus.prescriptions.boundary.PrescriptionService;
import health.salus.scheduling.boundary.AppointmentView;
import health.salus.scheduling.boundary.BookingService;
import health.salus.scheduling.boundary.DiaryService;
import health.salus.shared.view.PageAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * A carer's home, for the person they act for ({@link ActingChoice}): with {@code actFor}, the
 * person's next appointments (cancel here; book and move through the scheduling pages for them) and
 * their latest invoices; with a grant of their medications, those, and with {@code actFor} "ask for
 * a refill". What the grant does not open is not asked for; every read goes through the features'
 * services, where the access policy decides.
 */
@Named
@ViewScoped
public class CarerHomeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SHOWN = 5;
  private static final String HOME = "/home.xhtml";

  @Inject ActingChoice choice;
  @Inject DiaryService diary;
  @Inject BookingService booking;
  @Inject PrescriptionService prescriptions;
  @Inject InvoiceService invoices;
  @Inject Clock clock;

  private RepresentedPerson person;
  private List<AppointmentView> appointments = List.of();
  private List<MedicationView> medications = List.of();
  private List<InvoiceView> latestInvoices = List.of();

  @PostConstruct
  void load() {
    person = choice.getPerson();
    if (person == null) {
      return;
    }
    PageAction.attempt(
        () -> {
          long id = person.patientId();
          if (isMedicationsShared()) {
            medications = prescriptions.medicationsOf(id);
          }
          if (person.actFor()) {
            appointments =
                diary.appointments(null, id, clock.instant(), null, 0, SHOWN).items().stream()
                    .filter(AppointmentView::live)
                    .toList();
            latestInvoices = invoices.invoices(id, null, 0, SHOWN).items();
          }
        },
        null,
        Map.of());
  }

  /** Cancels one of the person's appointments for them. */
  public void cancel(AppointmentView appointment) throws IOException {
    PageAction.change(() -> booking.cancel(appointment.id()), null, HOME, "scheduling.cancelled");
  }

  /** Asks for a refill of one of the person's medications for them. */
  public void askRefill(MedicationView medication) throws IOException {
    PageAction.change(
        () -> prescriptions.requestRefill(new NewRefillRequest(medication.id(), null, null)),
        null,
        HOME,
        "carer.home.refillAsked",
        medication.name());
  }

  /** Whether the person's grant opens their medications. */
  public boolean isMedicationsShared() {
    return person != null
        && (person.categories().contains(ConsentCategory.MEDICATIONS)
            || person.categories().contains(ConsentCategory.ALL));
  }

  public RepresentedPerson getPerson() {
    return person;
  }

  public List<AppointmentView> getAppointments() {
    return appointments;
  }

  public List<MedicationView> getMedications() {
    return medications;
  }

  public List<InvoiceView> getLatestInvoices() {
    return latestInvoices;
  }
}
