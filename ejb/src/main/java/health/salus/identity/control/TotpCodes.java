package health.salus.identity.control;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) by the {@code
 * dev.samstevens.totp} library, as every authenticator app makes them. A code is accepted for the
 * current step and one step either side (clocks drift, people type slowly); which step it matched
 * is returned, so that the account accepts each step only once.
 */
@ApplicationScoped
public class TotpCodes {

  static final int PERIOD_SECONDS = 30;
  static final int DIGITS = 6;

  /** Steps accepted either side of the current one. */
  static final int TOLERANCE = 1;

  private static final String ISSUER = "Salus";
  private static final Logger LOG = Logger.getLogger(TotpCodes.class.getName());

  private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

  /** A new secret: 160 random bits in Base32, as authenticator apps expect. */
  public String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  /** The time step of an instant. */
  public static long stepOf(Instant when) {
    return Math.floorDiv(when.getEpochSecond(), PERIOD_SECONDS);
  }

  /** The step a code matches within the tolerance around {@code now}; empty when none. */
  public OptionalLong matchingStep(String secret, String code, Instant now) {
    String typed = code == null ? "" : code.replaceAll("\\s", "");
    if (secret == null || typed.length() != DIGITS || !typed.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    long current = stepOf(now);
    OptionalLong matched = OptionalLong.empty();
    // Every step is tried, whichever matches, so the time taken tells nothing.
    for (long step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
      if (MessageDigest.isEqual(
          codeFor(secret, step).getBytes(StandardCharsets.US_ASCII),
          typed.getBytes(StandardCharsets.US_ASCII))) {
        matched = OptionalLong.of(step);
      }
    }
    return matched;
  }

  /** The code of a step (what the authenticator app shows then). */
  public String codeFor(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("cannot compute a one-time code", e);
    }
  }

  /** The {@code otpauth://} URI an authenticator app reads (from its QR code or typed in). */
  public String otpauthUri(String secret, String username) {
    return qrData(secret, username).getUri();
  }

  /** The otpauth URI as a PNG QR code in a {@code data:} URI; empty if it cannot be drawn. */
  public Optional<String> qrCodeImage(String secret, String username) {
    try {
      ZxingPngQrGenerator png = new ZxingPngQrGenerator();
      png.setImageSize(240);
      return Optional.of(
          Utils.getDataUriForImage(png.generate(qrData(secret, username)), png.getImageMimeType()));
    } catch (QrGenerationException | RuntimeException | LinkageError e) {
      // The page also shows the key to type in, so set-up goes on without the picture.
      LOG.log(Level.WARNING, "Could not draw the QR code of a multi-factor set-up", e);
      return Optional.empty();
    }
  }

  private static QrData qrData(String secret, String username) {
    return new QrData.Builder()
        .label(username)
        .secret(secret)
        .issuer(ISSUER)
        .algorithm(HashingAlgorithm.SHA1)
        .digits(DIGITS)
        .period(PERIOD_SECONDS)
        .build();
  }
}
