package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code p:dataTable} of the pages says whether it is lazy: {@code lazy="true"} for a {@link
 * PagedTable}, {@code lazy="false"} for a list. Without the attribute PrimeFaces works the value's
 * type out through EL on every render of the table (about 5 % of the medications page's CPU).
 */
class DataTablesSayLazyTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern TABLE = Pattern.compile("<p:dataTable\\b[^>]*>");

  @Test
  void everyDataTableNamesLazy() throws IOException {
    List<String> missing = new ArrayList<>();
    int tables = 0;
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher m = TABLE.matcher(Files.readString(file));
        while (m.find()) {
          tables++;
          if (!m.group().contains("lazy=\"")) {
            missing.add(PAGES.relativize(file) + ": " + m.group().lines().findFirst().orElse(""));
          }
        }
      }
    }
    assertThat(tables).as("tables found").isGreaterThan(40);
    assertThat(missing).as("p:dataTable without lazy").isEmpty();
  }
}
