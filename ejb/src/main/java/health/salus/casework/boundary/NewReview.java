package health.salus.casework.boundary;

import java.time.LocalDate;

/** A review of the case to hold on a day (today or later). */
public record NewReview(LocalDate dueOn) {}
