package health.salus.education.boundary;

import java.io.Serializable;

/**
 * A patient's literacy screen as a page beside it shows it to the care side: {@code shown} only
 * when the reader has a care reason; {@code latest} the latest screen, null when none was taken.
 */
public record CareScreening(boolean shown, ScreeningResult latest) implements Serializable {

  /** For a reader without a care reason: no section, nothing read. */
  public static final CareScreening NOT_SHOWN = new CareScreening(false, null);
}
