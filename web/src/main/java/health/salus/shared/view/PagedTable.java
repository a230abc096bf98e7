package health.salus.shared.view;

import health.salus.shared.boundary.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The one lazy table model of the pages: a table whose rows a boundary hands out a {@link Page} at
 * a time. The row count comes from the page's total; a row is found again by its key.
 *
 * @param <T> a row
 */
public class PagedTable<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** Loads one page of rows: its number from 0 and its size. */
  @FunctionalInterface
  public interface Loader<T> extends Serializable {
    Page<T> load(int page, int size);
  }

  /** The key of a row, unique in the table. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Loader<T> loader;
  private final Key<T> key;

  public PagedTable(Loader<T> loader, Key<T> key) {
    this.loader = Objects.requireNonNull(loader);
    this.key = Objects.requireNonNull(key);
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return (int) loader.load(0, 1).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sorts, Map<String, FilterMeta> filters) {
    Page<T> page = loader.load(first / pageSize, pageSize);
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }

  @Override
  public T getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : getWrappedData().stream()
            .filter(r -> getRowKey(r).equals(rowKey))
            .findFirst()
            .orElse(null);
  }
}
