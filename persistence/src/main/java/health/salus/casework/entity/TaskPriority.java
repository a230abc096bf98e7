package health.salus.casework.entity;

/** How urgent a task is. */
public enum TaskPriority {
  LOW,
  NORMAL,
  HIGH
}
