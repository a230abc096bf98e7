package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.shared.boundary.Page;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedTableTest {

  record Row(long id, String name) {}

  private static final List<Row> ROWS =
      IntStream.rangeClosed(1, 7).mapToObj(i -> new Row(i, "row " + i)).toList();

  private static Page<Row> page(int page, int size) {
    int from = Math.min(page * size, ROWS.size());
    return new Page<>(
        ROWS.subList(from, Math.min(from + size, ROWS.size())), ROWS.size(), page, size);
  }

  @Test
  void loadsThePageOfTheFirstRowAndCountsTheWholeList() {
    PagedTable<Row> table = new PagedTable<>(PagedTableTest::page, Row::id);

    assertThat(table.count(Map.of())).isEqualTo(7);
    List<Row> last = table.load(6, 3, Map.of(), Map.of());

    assertThat(last).containsExactly(ROWS.get(6));
    assertThat(table.getRowCount()).isEqualTo(7);
    assertThat(table.load(3, 3, Map.of(), Map.of())).containsExactlyElementsOf(ROWS.subList(3, 6));
  }

  @Test
  void findsARowOfTheLoadedPageByItsKey() {
    PagedTable<Row> table = new PagedTable<>(PagedTableTest::page, Row::id);
    table.setWrappedData(table.load(0, 3, Map.of(), Map.of()));

    assertThat(table.getRowKey(ROWS.get(1))).isEqualTo("2");
    assertThat(table.getRowData("2")).isEqualTo(ROWS.get(1));
    assertThat(table.getRowData("5")).isNull();
  }
}
