package health.salus.testsupport;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;

/**
 * What an authenticator app shows for a TOTP secret (RFC 6238, 30 s, 6 digits), by the library the
 * server uses. The server accepts each time step once and one step either side of its own, so a
 * test that needs a second code asks for the next step's.
 */
public final class OneTimeCodes {

  private OneTimeCodes() {}

  /** The code of the current time step. */
  public static String now(String secret) {
    return at(secret, Instant.now().getEpochSecond() / 30);
  }

  /** The code of the next time step (accepted now, and not the one {@link #now} gave). */
  public static String next(String secret) {
    return at(secret, Instant.now().getEpochSecond() / 30 + 1);
  }

  /** A six-digit code that is not the current one (nor either step beside it). */
  public static String wrong(String secret) {
    long step = Instant.now().getEpochSecond() / 30;
    for (int candidate = 0; ; candidate++) {
      String code = String.format("%06d", candidate * 7919 % 1_000_000);
      if (!code.equals(at(secret, step - 1))
          && !code.equals(at(secret, step))
          && !code.equals(at(secret, step + 1))
          && !code.equals(at(secret, step + 2))) {
        return code;
      }
    }
  }

  private static String at(String secret, long step) {
    try {
      return new DefaultCodeGenerator().generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }
}
