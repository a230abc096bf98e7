package health.salus.audit.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The seal of the audit trail: hash<sub>i</sub> = SHA-256(hash<sub>i-1</sub> as its 64 hex
 * characters, then the canonical form of entry i), with {@link #GENESIS} before the first entry.
 *
 * <p>The canonical form lists every stored field, id first, in a fixed order; each is one byte 0
 * when null, else one byte 1, the length of its UTF-8 bytes (four bytes, big-endian) and the bytes.
 * So no two different entries share a form: null differs from empty, and no text can pass for the
 * border between two fields. Numbers are decimal; the time is {@code yyyy-MM-ddTHH:mm:ss} and nine
 * digits of fraction.
 */
public final class ChainHash {

  /** The hash "before" the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn", Locale.ROOT);
  private static final HexFormat HEX = HexFormat.of();

  private ChainHash() {}

  /** The hash that seals the entry after the one sealed with {@code previous}. */
  public static String next(String previous, ChainedEntry entry) {
    MessageDigest sha256 = sha256();
    sha256.update(previous.getBytes(StandardCharsets.US_ASCII));
    sha256.update(canonical(entry));
    return HEX.formatHex(sha256.digest());
  }

  /** The entry's stored fields as one unambiguous string of bytes (its seal does not count). */
  static byte[] canonical(ChainedEntry e) {
    String[] fields = {
      Long.toString(e.id()),
      time(e.occurredAt()),
      e.actor(),
      e.onBehalfOf(),
      e.patientId() == null ? null : e.patientId().toString(),
      e.action(),
      e.objectType(),
      e.objectId(),
      e.outcome(),
      e.purpose(),
      e.clientAddress(),
      e.detail()
    };
    byte[][] encoded =
        Arrays.stream(fields)
            .map(f -> f == null ? null : f.getBytes(StandardCharsets.UTF_8))
            .toArray(byte[][]::new);
    int size = 0;
    for (byte[] field : encoded) {
      size += field == null ? 1 : 5 + field.length;
    }
    ByteBuffer form = ByteBuffer.allocate(size);
    for (byte[] field : encoded) {
      if (field == null) {
        form.put((byte) 0);
      } else {
        form.put((byte) 1).putInt(field.length).put(field);
      }
    }
    return form.array();
  }

  private static String time(LocalDateTime at) {
    return at == null ? null : TIME.format(at);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException everyJavaHasIt) {
      throw new IllegalStateException(everyJavaHasIt);
    }
  }
}
