package health.salus.records.boundary;

import health.salus.consent.entity.ConsentCategory;
import health.salus.prescriptions.boundary.MedicationView;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A patient's medical record as one reader may see it: a section the reader may not read is null
 * (absent from the JSON), one they may read but that holds nothing is empty.
 *
 * @param sections the categories the reader may read (CONDITIONS, MEDICATIONS, RESULTS, DOCUMENTS)
 * @param observations the latest results (at most {@link RecordService#LATEST_RESULTS}); all of
 *     them page by page from {@code /patients/{id}/observations}
 * @param observationsTotal how many results the reader may see in all
 * @param encounters the latest consultations (at most {@link RecordService#LATEST_ENCOUNTERS})
 * @param documents the latest documents' metadata (at most {@link RecordService#LATEST_DOCUMENTS});
 *     all of them page by page from {@code /patients/{id}/documents}
 * @param documentsTotal how many documents the reader may see in all
 */
public record MedicalRecord(
    PatientDetails patient,
    Set<ConsentCategory> sections,
    List<ConditionView> conditions,
    List<MedicationView> medications,
    List<AllergyView> allergies,
    List<ObservationView> observations,
    Long observationsTotal,
    List<ImmunisationView> immunisations,
    List<EncounterView> encounters,
    List<DocumentView> documents,
    Long documentsTotal)
    implements Serializable {

  /** Who the record is about. */
  public record PatientDetails(long id, String fullName, LocalDate birthDate)
      implements Serializable {}
}
