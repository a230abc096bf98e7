package health.salus.casework.boundary;

import java.util.List;

/**
 * A referral of a case came back with its result, to be told to the patient's GP. Fired inside the
 * transaction that completed it.
 *
 * @param recipientAccountIds the accounts of the patient's general practitioners, or of the whole
 *     care team when the patient has no GP
 */
public record ReferralResultReady(
    long referralId,
    long patientId,
    String patientName,
    String toService,
    String result,
    List<Long> recipientAccountIds) {}
