package health.salus.shared.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle family Salus writes to people has an English base (en-AU) and a Simplified Chinese
 * translation (zh_CN) with the same keys, both ways, and the same placeholders in each text.
 */
class BundleParityTest {

  /** The families, by class-path base name (web, ejb and persistence modules). */
  static Stream<String> families() {
    return Stream.of(
        "health/salus/i18n/messages",
        "health/salus/notification/notices",
        "health/salus/scheduling/calendar",
        "ValidationMessages");
  }

  /** Texts that are the same in both languages: names, abbreviations and number patterns. */
  private static final Set<String> NO_CHINESE_NEEDED =
      Set.of(
          "app.name",
          "payment.method.NDIS",
          "pdf.abn",
          "pdf.gst",
          "pdf.gstTotal",
          "format.date",
          "format.dateTime",
          "format.time",
          "format.when");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\w+)");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  @ParameterizedTest
  @MethodSource("families")
  void chineseHasEveryEnglishKeyAndNoOther(String family) {
    Map<String, String> english = load(family + ".properties");
    Map<String, String> chinese = load(family + "_zh_CN.properties");

    assertThat(missing(english, chinese))
        .as("keys of %s.properties missing in %s_zh_CN.properties", family, family)
        .isEmpty();
    assertThat(missing(chinese, english))
        .as("keys of %s_zh_CN.properties missing in %s.properties", family, family)
        .isEmpty();
  }

  @ParameterizedTest
  @MethodSource("families")
  void placeholdersMatch(String family) {
    Map<String, String> english = load(family + ".properties");
    Map<String, String> chinese = load(family + "_zh_CN.properties");

    Map<String, String> mismatches = new TreeMap<>();
    english.forEach(
        (key, text) -> {
          String translated = chinese.get(key);
          if (translated != null && !placeholders(text).equals(placeholders(translated))) {
            mismatches.put(key, placeholders(text) + " vs " + placeholders(translated));
          }
        });
    assertThat(mismatches).as("placeholders of %s (English vs Chinese)", family).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("families")
  void chineseTextsAreWrittenInChinese(String family) {
    Map<String, String> untranslated = new TreeMap<>();
    load(family + "_zh_CN.properties")
        .forEach(
            (key, text) -> {
              if (!NO_CHINESE_NEEDED.contains(key) && !CHINESE.matcher(text).find()) {
                untranslated.put(key, text);
              }
            });
    assertThat(untranslated).as("Chinese texts of %s without Chinese", family).isEmpty();
  }

  /**
   * Properties keeps the last of two equal keys silently: a merge that adds a key twice loses a
   * text.
   */
  @ParameterizedTest
  @MethodSource("families")
  void noKeyIsWrittenTwice(String family) {
    for (String resource : new String[] {family + ".properties", family + "_zh_CN.properties"}) {
      Set<String> seen = new TreeSet<>();
      Set<String> twice = new TreeSet<>();
      try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
        assertThat(in).as(resource + " on the class path").isNotNull();
        Properties counting =
            new Properties() {
              @Override
              public synchronized Object put(Object key, Object value) {
                if (!seen.add((String) key)) {
                  twice.add((String) key);
                }
                return super.put(key, value);
              }
            };
        counting.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(resource, e);
      }
      assertThat(twice).as("keys written twice in %s", resource).isEmpty();
    }
  }

  static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Set<String> missing(Map<String, String> from, Map<String, String> in) {
    Set<String> keys = new TreeSet<>(from.keySet());
    keys.removeAll(in.keySet());
    return keys;
  }

  static Map<String, String> load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = BundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource + " on the class path").isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
    Map<String, String> texts = new TreeMap<>();
    properties.forEach((k, v) -> texts.put((String) k, (String) v));
    return texts;
  }
}
