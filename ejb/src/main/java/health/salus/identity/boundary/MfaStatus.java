package health.salus.identity.boundary;

/**
 * A person's multi-factor sign-in as they see it: on or not, the recovery codes left, and whether
 * the administrator's policy requires it of them.
 */
public record MfaStatus(boolean enabled, long recoveryCodesLeft, boolean requiredByPolicy) {}
