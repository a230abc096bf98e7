package health.salus.casework.boundary;

/**
 * A referral to another service, and why: a service of this organisation when {@code internal} is
 * true, else (false or absent) an external one.
 */
public record NewReferral(String toService, String reason, Boolean internal) {}
