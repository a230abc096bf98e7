package health.salus.shared.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.apache.tika.Tika;

/**
 * Tells the type of a document's content from its bytes (their magic numbers, and whether they read
 * as text), as Apache Tika's detector does: never from a file name or the type the sender claims,
 * which a sender may fake. An executable or an HTML page sent as {@code application/pdf} is what
 * its bytes say it is.
 */
@ApplicationScoped
public class DocumentTypes {

  /** Thread-safe: one for the application. */
  private final Tika tika = new Tika();

  /** The media type of these bytes, without parameters, lower case. */
  public String of(byte[] content) {
    String type = tika.detect(content);
    int parameters = type.indexOf(';');
    return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
  }
}
