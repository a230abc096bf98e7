package health.salus.messaging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body as a browser sends one: text fields and files. */
final class Multipart {

  private final String boundary = "salus-" + UUID.randomUUID();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  Multipart field(String name, String value) {
    part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value.getBytes(UTF8));
    return this;
  }

  /** A file part named {@code attachments}, sent as the type the sender claims. */
  Multipart file(String fileName, String claimedType, byte[] content) {
    part(
        "Content-Disposition: form-data; name=\"attachments\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: "
            + claimedType
            + "\r\n",
        content);
    return this;
  }

  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  private void part(String headers, byte[] content) {
    body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(UTF8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(UTF8));
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  byte[] bytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(body.toByteArray());
    all.writeBytes(("--" + boundary + "--\r\n").getBytes(UTF8));
    return all.toByteArray();
  }

  /** A small PDF: its magic number, one empty page, its end. */
  static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
