package health.salus.shared.boundary;

import java.util.List;

/** One page of a longer list, with the total count; pages count from 0. */
public record Page<T>(List<T> items, long total, int page, int size) {

  /** The most items one page of an API list holds. */
  public static final int MAX_SIZE = 200;
}
