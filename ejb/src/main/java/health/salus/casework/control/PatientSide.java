package health.salus.casework.control;

import health.salus.casework.entity.CareCase;
import health.salus.casework.entity.CaseNote;
import health.salus.casework.entity.CaseTask;
import java.util.List;

/**
 * What the patient's side of a case (the patient, a carer acting for them) is shown: SHARED notes
 * only, never INTERNAL ones; only the tasks assigned to the patient's own account (none when the
 * patient has no account). Goals are shown whole; referrals, the team and the history not at all.
 */
public final class PatientSide {

  private PatientSide() {}

  public static List<CaseNote> notes(List<CaseNote> all) {
    return all.stream().filter(CaseNote::isShared).toList();
  }

  public static List<CaseTask> tasks(CareCase careCase, List<CaseTask> all) {
    var account = careCase.getPatient().getAccount();
    return account == null
        ? List.of()
        : all.stream().filter(t -> t.getAssignee().equals(account)).toList();
  }
}
