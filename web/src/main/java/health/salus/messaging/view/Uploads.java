package health.salus.messaging.view;

import health.salus.messaging.boundary.NewAttachment;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The files chosen on a page, each read up to one byte over the limit (the service refuses it). */
final class Uploads {

  private Uploads() {}

  static List<NewAttachment> read(List<Part> files, long maxBytes) {
    if (files == null) {
      return List.of();
    }
    return files.stream()
        .filter(p -> p.getSubmittedFileName() != null && !p.getSubmittedFileName().isBlank())
        .map(p -> new NewAttachment(p.getSubmittedFileName(), upTo(p, maxBytes + 1)))
        .toList();
  }

  private static byte[] upTo(Part part, long most) {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes((int) Math.min(most, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
