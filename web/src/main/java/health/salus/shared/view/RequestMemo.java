package health.salus.shared.view;

import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a page asks several times while it renders (a count in the header, a tile of the home page),
 * worked out once per request: kept among the request's Faces attributes under a key.
 *
 * <p>It lets the beans that ask be one for the application instead of one per request. Payara makes
 * each request-scoped bean through its Jakarta EE injection pass (the class's annotations read
 * again, its naming environment looked up), about 20 µs a bean; the patient's home made a dozen of
 * them, some 8 % of its time (JFR, 2026-12-05).
 */
public final class RequestMemo {

  private RequestMemo() {}

  /**
   * The value kept under {@code key} in this request, or {@code work}'s answer, kept from now on
   * (null included). Outside a Faces request nothing is kept.
   */
  @SuppressWarnings("unchecked")
  public static <T> T of(String key, Supplier<T> work) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null) {
      return work.get();
    }
    Map<Object, Object> kept = faces.getAttributes();
    Optional<T> known = (Optional<T>) kept.get(key);
    if (known == null) {
      known = Optional.ofNullable(work.get());
      kept.put(key, known);
    }
    return known.orElse(null);
  }
}
