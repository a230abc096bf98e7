package health.salus.identity.boundary;

/**
 * A multi-factor set-up begun and waiting for its first code: the secret for typing in, the same as
 * an {@code otpauth://} URI, and that URI as a QR code image ({@code data:} URI; null when it could
 * not be drawn). Shown only while setting up, never once it is on.
 */
public record MfaSetUp(String secret, String otpauthUri, String qrCodeImage) {}
