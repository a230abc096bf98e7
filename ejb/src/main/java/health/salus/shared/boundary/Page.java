package health.salus.shared.boundary;

import java.util.List;

/** One page of a longer list, with the total count; pages count from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {

  public static final int MAX_SIZE = 200;

  /** Keeps a requested page number and size within sane bounds. */
  public static int clampSize(Integer size, int defaultSize) {
    if (size == null || size < 1) {
      return defaultSize;
    }
    return Math.min(size, MAX_SIZE);
  }

  public static int clampPage(Integer page) {
    return page == null || page < 0 ? 0 : page;
  }
}
