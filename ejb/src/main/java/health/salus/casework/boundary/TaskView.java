package health.salus.casework.boundary;

import health.salus.casework.entity.CaseTask;
import health.salus.casework.entity.TaskPriority;
import health.salus.casework.entity.TaskStatus;
import java.io.Serializable;
import java.time.LocalDate;

/** A task of a case; {@code overdue} is told on the day it is read. */
public record TaskView(
    long id,
    long caseId,
    long patientId,
    String patientName,
    String title,
    LocalDate dueDate,
    String assigneeUsername,
    String assigneeName,
    TaskPriority priority,
    TaskStatus status,
    boolean overdue,
    long version)
    implements Serializable {

  static TaskView of(CaseTask task, LocalDate today) {
    return new TaskView(
        task.getId(),
        task.getCareCase().getId(),
        task.getCareCase().getPatient().getId(),
        task.getCareCase().getPatient().getFullName(),
        task.getTitle(),
        task.getDueDate(),
        task.getAssignee().getUsername(),
        task.getAssignee().getFullName(),
        task.getPriority(),
        task.getStatus(),
        task.isOverdue(today),
        task.getVersion());
  }

  public boolean open() {
    return status == TaskStatus.OPEN;
  }
}
