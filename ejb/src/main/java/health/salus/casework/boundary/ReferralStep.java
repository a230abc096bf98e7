package health.salus.casework.boundary;

/** A referral's next step: ACCEPTED, or COMPLETED with its result. */
public record ReferralStep(String status, String result) {}
