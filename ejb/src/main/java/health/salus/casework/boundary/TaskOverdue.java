package health.salus.casework.boundary;

import java.time.LocalDate;

/** A task of a case is past its due date; its assignee is told, once. */
public record TaskOverdue(
    long taskId, long caseId, long assigneeAccountId, String title, LocalDate dueDate) {}
