package health.salus.casework.boundary;

/** A programme on the case, and whether this call put it there ({@code created}). */
public record CaseEducationAssigned(CaseEducationView programme, boolean created) {}
