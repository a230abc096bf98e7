package health.salus.casework.boundary;

/**
 * A funding plan's budget reached 80 %: a category's, or the whole plan's when {@code category} is
 * null. Fired once per budget, inside the transaction that recorded the delivery.
 *
 * @param caseManagerAccountId the account of the case manager, who is told
 * @param percentUsed the whole percentage used now
 */
public record FundingThresholdReached(
    long planId,
    long caseId,
    String patientName,
    long caseManagerAccountId,
    String category,
    int percentUsed) {}
