package health.salus.records.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download: {@code attachment} with the file name twice, as
 * RFC 6266 advises: an ASCII-only {@code filename} for old clients, and the name as it is in {@code
 * filename*} (RFC 5987: UTF-8, percent-encoded), which current browsers prefer.
 */
public final class Attachment {

  private Attachment() {}

  /** The header's value for a file of this (already safe) name. */
  public static String of(String fileName) {
    return "attachment; filename=\""
        + ascii(fileName)
        + "\"; filename*=UTF-8''"
        + encoded(fileName);
  }

  /** Accents dropped, anything else outside printable ASCII (and quotes, backslashes) as _. */
  static String ascii(String fileName) {
    String plain = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder ascii = new StringBuilder(plain.length());
    plain
        .codePoints()
        .forEach(
            c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
    return ascii.toString();
  }

  /** RFC 5987's value-chars: UTF-8, each byte outside attr-char percent-encoded. */
  static String encoded(String fileName) {
    return URLEncoder.encode(fileName, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }
}
