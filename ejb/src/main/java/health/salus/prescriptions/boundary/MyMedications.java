package health.salus.prescriptions.boundary;

import health.salus.shared.boundary.Page;
import java.util.List;

/** The patient's medications page in one read: the medications and the latest refill requests. */
public record MyMedications(List<MedicationView> medications, Page<RefillRequestView> requests) {}
