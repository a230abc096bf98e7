package health.salus.casework.boundary;

import java.time.LocalDate;

/** A goal of the care plan: what, and by when (optional). */
public record NewGoal(String description, LocalDate targetDate) {}
