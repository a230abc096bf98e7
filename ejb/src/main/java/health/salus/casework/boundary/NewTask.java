package health.salus.casework.boundary;

import health.salus.casework.entity.TaskPriority;
import java.time.LocalDate;

/**
 * A task of the case: its title, due date (optional), who does it (a member of the case team or the
 * patient, by username; the caller when absent) and its priority (NORMAL when absent).
 */
public record NewTask(
    String title, LocalDate dueDate, String assigneeUsername, TaskPriority priority) {}
