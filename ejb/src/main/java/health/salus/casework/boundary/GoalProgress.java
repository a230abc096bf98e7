package health.salus.casework.boundary;

import jakarta.validation.constraints.NotNull;

/** A goal's progress now: 1 (not started) .. 10 (achieved), with an optional comment. */
public record GoalProgress(
    @NotNull(message = "{salus.case.rating.required}") Integer rating, String comment) {}
