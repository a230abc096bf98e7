package health.salus.shared.entity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * What files people upload (clinical documents, message attachments) have in common: the types
 * accepted, as told from the bytes, each with the extension its downloads get; the SHA-256 kept
 * beside the bytes; and a file name safe to give a browser, made from text a person typed.
 */
public final class StoredFiles {

  /** The accepted types (PDF, PNG, JPEG, plain text), each with its file extension. */
  public static final Map<String, String> ACCEPTED =
      Map.of(
          "application/pdf", "pdf",
          "image/png", "png",
          "image/jpeg", "jpg",
          "text/plain", "txt");

  private static final int MAX_BASE = 100;

  private StoredFiles() {}

  /** Whether a file of this type (told from its bytes) is accepted. */
  public static boolean accepted(String detectedType) {
    return detectedType != null && ACCEPTED.containsKey(detectedType);
  }

  /** The hex SHA-256 of the bytes. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }

  /**
   * A file name from this text and an accepted type: what a file name must not hold (path
   * separators, quotes, control and other unsafe characters) replaced by {@code _}, at most 100
   * characters, {@code fallback} when nothing is left, and the extension of the type. May hold any
   * letter (Chinese too): the web layer gives an ASCII form beside it.
   */
  public static String fileName(String text, String fallback, String type) {
    String base =
        (text == null ? "" : text)
            .replaceAll("[\\p{Cntrl}\\p{Cf}/\\\\:*?\"<>|;%]", "_")
            .replaceAll("\\s+", " ")
            .replaceAll("^[ ._]+|[ ._]+$", "");
    if (base.isEmpty()) {
      base = fallback;
    }
    if (base.length() > MAX_BASE) {
      base = base.substring(0, MAX_BASE).strip();
    }
    return base + "." + ACCEPTED.get(type);
  }
}
