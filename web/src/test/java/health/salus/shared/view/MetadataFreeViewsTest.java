package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link MetadataFreeViews} skips the metadata pass for a page whose file declares no metadata: the
 * pass must never be skipped for a page with view parameters or a view action.
 */
class MetadataFreeViewsTest {

  private static final Path PAGES = Path.of("src/main/webapp");

  @Test
  void aPageWithViewParametersOrActionsDeclaresMetadata() throws IOException {
    List<String> missed = new ArrayList<>();
    int withParameters = 0;
    int without = 0;
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        String source = Files.readString(file);
        boolean needsMetadata = source.contains("<f:viewParam") || source.contains("<f:viewAction");
        if (needsMetadata) {
          withParameters++;
          if (!MetadataFreeViews.declaresMetadata(source)) {
            missed.add(PAGES.relativize(file).toString());
          }
        } else if (!MetadataFreeViews.declaresMetadata(source)) {
          without++;
        }
      }
    }
    assertThat(withParameters).as("pages with view parameters").isGreaterThan(30);
    assertThat(without).as("pages built once").isGreaterThan(20);
    assertThat(missed).as("view parameters the metadata pass would miss").isEmpty();
  }

  @Test
  void theDeclarationsItKnows() {
    assertThat(MetadataFreeViews.declaresMetadata("<ui:define name=\"metadata\">")).isTrue();
    assertThat(MetadataFreeViews.declaresMetadata("<f:metadata>\n<f:viewParam/>")).isTrue();
    assertThat(MetadataFreeViews.declaresMetadata("<f:metadata\n  id=\"m\">")).isTrue();
    assertThat(MetadataFreeViews.declaresMetadata("<ui:insert name=\"metadata\"/>")).isFalse();
    assertThat(MetadataFreeViews.declaresMetadata("<h1>#{msg['home.title']}</h1>")).isFalse();
  }
}
