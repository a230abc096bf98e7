package health.salus.casework.control;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.CaseNote;
import health.salus.casework.entity.CaseTask;
import health.salus.casework.entity.NoteVisibility;
import health.salus.casework.entity.Programme;
import health.salus.identity.entity.Patient;
import health.salus.identity.entity.Role;
import health.salus.identity.entity.UserAccount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The patient's side of a case: shared notes only, and only the patient's own tasks. */
class PatientSideTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

  private static UserAccount account(String username, Role role) {
    return new UserAccount(
        username,
        "pbkdf2-sha256$600000$c2FsdA$aGFzaA",
        username + "@example.org",
        "Test " + username,
        null,
        Set.of(role),
        NOW);
  }

  private final UserAccount manager = account("cm.test", Role.CASE_MANAGER);
  private final UserAccount patientAccount = account("pat", Role.PATIENT);
  private final CareCase careCase =
      new CareCase(
          new Patient(patientAccount, "Pat Test", LocalDate.of(1950, 1, 1), NOW),
          Programme.COMMUNITY,
          manager,
          "Support",
          false,
          NOW);

  @Test
  void thePatientSeesSharedNotesNeverInternalOnes() {
    CaseNote internal = new CaseNote(careCase, "Internal", NoteVisibility.INTERNAL, manager, NOW);
    CaseNote shared = new CaseNote(careCase, "Shared", NoteVisibility.SHARED, manager, NOW);

    assertThat(PatientSide.notes(List.of(internal, shared))).containsExactly(shared);
  }

  @Test
  void thePatientSeesOnlyTheTasksAssignedToThem() {
    CaseTask theirs = new CaseTask(careCase, "Diary", null, patientAccount, null, manager, NOW);
    CaseTask team = new CaseTask(careCase, "Call GP", null, manager, null, manager, NOW);

    assertThat(PatientSide.tasks(careCase, List.of(theirs, team))).containsExactly(theirs);
  }
}
