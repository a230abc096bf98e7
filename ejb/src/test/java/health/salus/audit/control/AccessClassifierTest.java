package health.salus.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.audit.boundary.AccessCategory;
import health.salus.audit.boundary.AccessOutcome;
import health.salus.audit.boundary.AccessPurpose;
import health.salus.audit.entity.AuditOutcome;
import health.salus.identity.entity.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessClassifierTest {

  @Test
  void actionsFallIntoTheirCategories() {
    assertThat(AccessClassifier.category("MEDICATIONS_READ")).isEqualTo(AccessCategory.MEDICATIONS);
    assertThat(AccessClassifier.category("EMERGENCY_ACCESS_OPEN")).isEqualTo(AccessCategory.RECORD);
    assertThat(AccessClassifier.category("MEDICATION_PRESCRIBE"))
        .isEqualTo(AccessCategory.MEDICATIONS);
    assertThat(AccessClassifier.category("REFILL_APPROVE")).isEqualTo(AccessCategory.MEDICATIONS);
    assertThat(AccessClassifier.category("APPOINTMENT_BOOK"))
        .isEqualTo(AccessCategory.APPOINTMENTS);
    assertThat(AccessClassifier.category("WAITLIST_JOIN")).isEqualTo(AccessCategory.APPOINTMENTS);
    assertThat(AccessClassifier.category("CALENDAR_EXPORT")).isEqualTo(AccessCategory.APPOINTMENTS);
    assertThat(AccessClassifier.category("INVOICE_LIST")).isEqualTo(AccessCategory.BILLING);
    assertThat(AccessClassifier.category("PAYMENT_RECORD")).isEqualTo(AccessCategory.BILLING);
    assertThat(AccessClassifier.category("BALANCE_READ")).isEqualTo(AccessCategory.BILLING);
    assertThat(AccessClassifier.category("ACCOUNT_READ")).isEqualTo(AccessCategory.ACCOUNT);
    assertThat(AccessClassifier.category("PROFILE_UPDATE")).isEqualTo(AccessCategory.ACCOUNT);
    assertThat(AccessClassifier.category("REGISTER")).isEqualTo(AccessCategory.ACCOUNT);
    assertThat(AccessClassifier.category("PATIENT_SEARCH")).isEqualTo(AccessCategory.ACCOUNT);
    assertThat(AccessClassifier.category("READINGS_READ")).isEqualTo(AccessCategory.READINGS);
    assertThat(AccessClassifier.category("CONDITIONS_READ")).isEqualTo(AccessCategory.CONDITIONS);
    assertThat(AccessClassifier.category("ALLERGY_CORRECT")).isEqualTo(AccessCategory.CONDITIONS);
    assertThat(AccessClassifier.category("IMMUNISATION_ADD")).isEqualTo(AccessCategory.CONDITIONS);
    assertThat(AccessClassifier.category("RESULTS_READ")).isEqualTo(AccessCategory.RESULTS);
    assertThat(AccessClassifier.category("OBSERVATION_HISTORY_READ"))
        .isEqualTo(AccessCategory.RESULTS);
    assertThat(AccessClassifier.category("DOCUMENT_DOWNLOAD")).isEqualTo(AccessCategory.DOCUMENTS);
    assertThat(AccessClassifier.category("SOMETHING_NEW")).isEqualTo(AccessCategory.OTHER);
    assertThat(AccessClassifier.category(null)).isEqualTo(AccessCategory.OTHER);
  }

  @Test
  void doneAndGivenAreAllowedRefusedAndFailedAreDenied() {
    assertThat(AccessClassifier.outcome(AuditOutcome.SUCCESS)).isEqualTo(AccessOutcome.ALLOWED);
    assertThat(AccessClassifier.outcome(AuditOutcome.ALLOWED)).isEqualTo(AccessOutcome.ALLOWED);
    assertThat(AccessClassifier.outcome(AuditOutcome.DENIED)).isEqualTo(AccessOutcome.DENIED);
    assertThat(AccessClassifier.outcome(AuditOutcome.FAILURE)).isEqualTo(AccessOutcome.DENIED);
  }

  @Test
  void thePatientThemselfIsSelfWhateverWasRecorded() {
    assertThat(AccessClassifier.purpose(null, true, Role.PATIENT)).isEqualTo(AccessPurpose.SELF);
    assertThat(AccessClassifier.purpose("ADMINISTRATION", true, Role.PATIENT))
        .isEqualTo(AccessPurpose.SELF);
  }

  @Test
  void aRecordedPurposeIsKeptAndFreeTextIsNot() {
    assertThat(AccessClassifier.purpose("EMERGENCY", false, Role.CLINICIAN))
        .isEqualTo(AccessPurpose.EMERGENCY);
    assertThat(AccessClassifier.purpose("CARE", false, Role.STAFF)).isEqualTo(AccessPurpose.CARE);
    assertThat(AccessClassifier.purpose("entered twice", false, Role.STAFF))
        .isEqualTo(AccessPurpose.ADMINISTRATION);
  }

  @Test
  void otherwiseTheActorsRoleSaysWhy() {
    assertThat(AccessClassifier.purpose(null, false, Role.CLINICIAN)).isEqualTo(AccessPurpose.CARE);
    assertThat(AccessClassifier.purpose(null, false, Role.CASE_MANAGER))
        .isEqualTo(AccessPurpose.CARE);
    assertThat(AccessClassifier.purpose(null, false, Role.STAFF))
        .isEqualTo(AccessPurpose.ADMINISTRATION);
    assertThat(AccessClassifier.purpose(null, false, Role.ADMIN))
        .isEqualTo(AccessPurpose.ADMINISTRATION);
    assertThat(AccessClassifier.purpose(null, false, Role.CARER)).isEqualTo(AccessPurpose.CONSENT);
    assertThat(AccessClassifier.purpose(null, false, Role.PATIENT))
        .isEqualTo(AccessPurpose.CONSENT);
    assertThat(AccessClassifier.purpose(null, false, null))
        .as("the system, or an unknown account")
        .isEqualTo(AccessPurpose.ADMINISTRATION);
  }

  @Test
  void theMainRoleIsTheMostTelling() {
    assertThat(AccessClassifier.mainRole(EnumSet.of(Role.PATIENT, Role.CLINICIAN)))
        .isEqualTo(Role.CLINICIAN);
    assertThat(AccessClassifier.mainRole(EnumSet.of(Role.PATIENT, Role.STAFF)))
        .isEqualTo(Role.STAFF);
    assertThat(AccessClassifier.mainRole(Set.of(Role.PATIENT))).isEqualTo(Role.PATIENT);
    assertThat(AccessClassifier.mainRole(Set.of())).isNull();
  }
}
