package health.salus.shared.view;

import health.salus.records.api.Attachment;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page's answer that is a file instead of the page: its type, an attachment with its (already
 * safe) name, never sniffed nor cached.
 */
public final class FileDownload {

  private FileDownload() {}

  public static void send(String contentType, String fileName, byte[] bytes) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(contentType);
    external.setResponseContentLength(bytes.length);
    external.setResponseHeader("Content-Disposition", Attachment.of(fileName));
    external.setResponseHeader("X-Content-Type-Options", "nosniff");
    external.setResponseHeader("Cache-Control", "no-store");
    try {
      external.getResponseOutputStream().write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
