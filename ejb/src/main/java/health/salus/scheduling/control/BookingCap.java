package health.salus.scheduling.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many live future appointments one patient may hold at once
 * (SALUS_SCHEDULING_MAX_FUTURE_BOOKINGS, default 20), so that one client cannot take every free
 * time. The API promises at least 20, so a lower setting counts as 20.
 */
@ApplicationScoped
public class BookingCap {

  /** The least cap the API contract allows. */
  public static final int AT_LEAST = 20;

  private int max;

  BookingCap() {}

  @Inject
  BookingCap(
      @ConfigProperty(name = "salus.scheduling.max-future-bookings", defaultValue = "20")
          int configured) {
    this.max = Math.max(AT_LEAST, configured);
  }

  public static BookingCap of(int configured) {
    return new BookingCap(configured);
  }

  /** Whether a patient who holds {@code live} future appointments may book one more. */
  public boolean allowsAnother(long live) {
    return live < max;
  }

  public int max() {
    return max;
  }
}
