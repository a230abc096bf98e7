package health.salus.records.view;

import health.salus.prescriptions.boundary.MedicationView;
import health.salus.records.boundary.AllergyView;
import health.salus.records.boundary.ConditionView;
import health.salus.records.boundary.MedicalRecord;
import health.salus.records.boundary.ObservationView;
import health.salus.records.entity.ConditionStatus;
import health.salus.records.entity.ObservationFlag;
import java.io.Serializable;
import java.util.List;

/**
 * The summary at the top of the record page, from the sections the reader may read (null: a section
 * they may not read, so the summary says nothing of it): the active conditions, the allergies, the
 * medications taken now, and the tests whose latest result is outside its usual range.
 */
public record RecordSummary(
    List<ConditionView> activeConditions,
    List<AllergyView> allergies,
    List<MedicationView> currentMedications,
    List<ObservationView> outOfRange)
    implements Serializable {

  static RecordSummary of(MedicalRecord record, List<TestResults> tests) {
    return new RecordSummary(
        record.conditions() == null
            ? null
            : record.conditions().stream()
                .filter(c -> c.status() == ConditionStatus.ACTIVE)
                .toList(),
        record.allergies(),
        record.medications() == null
            ? null
            : record.medications().stream().filter(MedicationView::active).toList(),
        tests == null
            ? null
            : tests.stream()
                .map(TestResults::latest)
                .filter(r -> r.flag() == ObservationFlag.HIGH || r.flag() == ObservationFlag.LOW)
                .toList());
  }
}
