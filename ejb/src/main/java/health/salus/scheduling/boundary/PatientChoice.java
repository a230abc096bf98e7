package health.salus.scheduling.boundary;

import java.time.LocalDate;

/** A patient as staff pick them when booking on their behalf. */
public record PatientChoice(long patientId, String fullName, LocalDate birthDate) {}
