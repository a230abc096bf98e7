package health.salus.shared.api;

import health.salus.shared.boundary.Page;
import java.util.List;

/**
 * The one shape of a list that can grow without bound (API.md): {@code {items, total, page, size}},
 * {@code items} one page of the list, {@code total} the whole list's count, {@code page} (from 0)
 * and {@code size} the page asked for ({@link Params#paging}). A list bounded by nature stays a
 * JSON array. {@link TotalCountHeader} repeats {@code total} in {@code X-Total-Count}.
 */
public record PageOf<T>(List<T> items, long total, int page, int size) {

  /** The page of a boundary's result. */
  public static <T> PageOf<T> of(Page<T> result) {
    return new PageOf<>(result.items(), result.total(), result.page(), result.size());
  }
}
