package health.salus.timeline.boundary;

import health.salus.consent.entity.ConsentCategory;

/**
 * A kind of timeline event ({@code APPOINTMENT}, {@code REFILL}...) and the category of the
 * patient's record it reads, if any: a kind that reads a category is shown to the clinical care
 * team (or a clinician under emergency access) when the patient keeps that category open to them; a
 * kind without one is shown to the whole care team, case team included.
 */
public record TimelineKind(String name, ConsentCategory category) {}
