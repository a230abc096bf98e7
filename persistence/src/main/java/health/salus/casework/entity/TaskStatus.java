package health.salus.casework.entity;

/** A task is OPEN until done. */
public enum TaskStatus {
  OPEN,
  DONE
}
