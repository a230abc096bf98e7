package health.salus.casework.boundary;

/** A referral to another service (internal or external), and why. */
public record NewReferral(String toService, String reason) {}
