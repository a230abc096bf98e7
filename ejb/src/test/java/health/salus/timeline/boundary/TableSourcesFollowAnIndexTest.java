package health.salus.timeline.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import health.salus.consent.boundary.Access.Basis;
import health.salus.identity.entity.Patient;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A timeline page costs the same however long the patient's timeline only while each source's query
 * reads along an index and stops at the page's limit. For every {@link TableSource} on the class
 * path, every part of its stream that any viewer sees (the GP, a case manager, a clinician under
 * emergency access) must:
 *
 * <ul>
 *   <li>find the patient and order by the instant on the event's own row ({@code e.}), never
 *       through a joined entity (a patient's referrals found through their cases were all read and
 *       sorted for every page);
 *   <li>join other entities only from the event and never by an outer join (an outer join to the
 *       thread's practitioner made MariaDB start from the threads and sort every message of the
 *       patient);
 *   <li>have an index of its table (in the Flyway migrations) whose columns up to the instant are
 *       all fixed by the query, followed by the instant, so the database reads the page's rows in
 *       order and nothing else.
 * </ul>
 */
class TableSourcesFollowAnIndexTest {

  private static final Pattern INDEX =
      Pattern.compile(
          "CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+\\w+\\s+ON\\s+(\\w+)\\s*\\(([^)]*)\\)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern EQUALITY = Pattern.compile("\\be\\.(\\w+)(?:\\.id)?\\s*=\\s*:");
  private static final Pattern E_PATH = Pattern.compile("e\\.(\\w+)(?:\\.id)?");

  private static final List<TimelineViewer> VIEWERS =
      List.of(
          new TimelineViewer(11L, 7L, Basis.CARE_TEAM),
          new TimelineViewer(12L, null, Basis.CASE_TEAM),
          new TimelineViewer(13L, 8L, Basis.EMERGENCY));

  @Test
  void everySourceReadsAPageAlongAnIndexOfItsOwnTable() throws Exception {
    Map<String, List<List<String>>> indexes = indexesByTable();
    List<TableSource> sources = tableSources();
    Set<String> kinds = new HashSet<>();
    for (TableSource source : sources) {
      TableSource.Table table = source.table();
      kinds.add(table.kind());
      String name = source.getClass().getSimpleName();
      assertThat(table.patient()).as(name + ": the patient's path").matches(E_PATH);
      assertThat(table.at()).as(name + ": the instant's path").matches(E_PATH);
      assertThat(table.from().toUpperCase(Locale.ROOT))
          .as(name + ": joins")
          .doesNotContain("LEFT ")
          .doesNotContain("OUTER ");
      Class<?> entity = entity(table.from().split("\\s+")[0]);
      String tableName = entity.getAnnotation(Table.class).name().toLowerCase(Locale.ROOT);
      String patient = column(entity, table.patient());
      String at = column(entity, table.at());
      for (TimelineViewer viewer : VIEWERS) {
        TimelineQuery query =
            new TimelineQuery(
                42L, Set.of(table.kind()), viewer, TimelineCursor.START, TimelineService.PAGE_SIZE);
        for (TableSource.Part part : source.parts(query)) {
          Set<String> fixed = new HashSet<>(Set.of(patient));
          if (!part.condition().toUpperCase(Locale.ROOT).contains(" OR ")) {
            Matcher equality = EQUALITY.matcher(part.condition());
            while (equality.find()) {
              fixed.add(column(entity, "e." + equality.group(1)));
            }
          }
          assertThat(indexes.getOrDefault(tableName, List.of()))
              .as(
                  "%s (%s, %s): an index of %s on columns fixed by the query %s, then %s",
                  name, viewer.basis(), part.condition(), tableName, fixed, at)
              .anySatisfy(
                  index -> {
                    int atPosition = index.indexOf(at);
                    assertThat(atPosition).isPositive();
                    assertThat(fixed).containsAll(index.subList(0, atPosition));
                  });
        }
      }
    }
    assertThat(kinds)
        .as("the sources found")
        .contains(
            "APPOINTMENT",
            "CONSULTATION",
            "REFILL",
            "READING_ALERT",
            "CASE",
            "REFERRAL",
            "MESSAGE",
            "EMERGENCY_ACCESS",
            "FEEDBACK",
            "COMPLAINT");
  }

  /**
   * Every concrete TableSource of the main classes, made with an entity manager whose patient has
   * two cases: the viewers in turn on the team of one of them, of all (one), of none.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<TableSource> tableSources() throws Exception {
    TypedQuery cases = mock(TypedQuery.class);
    when(cases.setParameter(anyString(), any())).thenReturn(cases);
    when(cases.getResultList())
        .thenReturn(
            List.of(new Object[] {5L, 99L, null}, new Object[] {6L, 99L, 11L}),
            List.<Object[]>of(new Object[] {5L, 12L, null}),
            List.<Object[]>of(new Object[] {5L, 99L, null}));
    EntityManager em = mock(EntityManager.class);
    when(em.createQuery(anyString(), eq(Object[].class))).thenReturn(cases);
    Path classes = root(TableSource.class);
    List<TableSource> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String className =
            classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        Class<?> type =
            Class.forName(
                className.substring(0, className.length() - 6),
                false,
                TableSource.class.getClassLoader());
        if (TableSource.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())) {
          TableSource source = (TableSource) type.getDeclaredConstructor().newInstance();
          source.em = em;
          sources.add(source);
        }
      }
    }
    return sources;
  }

  private static Path root(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The entity class of this simple name, among the persistence module's classes. */
  private static Class<?> entity(String simpleName) throws Exception {
    for (String className : persistenceEntries()) {
      if (className.endsWith(".entity." + simpleName)) {
        Class<?> type = Class.forName(className, false, Patient.class.getClassLoader());
        if (type.isAnnotationPresent(Entity.class)) {
          return type;
        }
      }
    }
    throw new AssertionError("no entity " + simpleName);
  }

  /** The column of a path {@code e.field} or {@code e.relation.id} of the entity. */
  private static String column(Class<?> entity, String path) {
    Matcher matcher = E_PATH.matcher(path);
    assertThat(matcher.matches()).as(path).isTrue();
    for (Class<?> type = entity; type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(matcher.group(1));
        Column column = field.getAnnotation(Column.class);
        JoinColumn join = field.getAnnotation(JoinColumn.class);
        String name =
            column != null && !column.name().isEmpty()
                ? column.name()
                : join != null ? join.name() : field.getName();
        return name.toLowerCase(Locale.ROOT);
      } catch (NoSuchFieldException notHere) {
        // its superclass, then
      }
    }
    throw new AssertionError(entity.getSimpleName() + " has no " + path);
  }

  /** The class names of the persistence module (a directory or a jar, as Maven gives it). */
  private static List<String> persistenceEntries() throws Exception {
    Path root = root(Patient.class);
    List<String> names = new ArrayList<>();
    for (String entry : entries(root)) {
      if (entry.endsWith(".class")) {
        names.add(entry.substring(0, entry.length() - 6).replace('/', '.'));
      }
    }
    return names;
  }

  private static List<String> entries(Path root) throws IOException {
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(root)) {
      try (Stream<Path> files = Files.walk(root)) {
        files
            .filter(Files::isRegularFile)
            .forEach(f -> entries.add(root.relativize(f).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(root.toFile())) {
        jar.stream().map(JarEntry::getName).forEach(entries::add);
      }
    }
    return entries;
  }

  /** Every index the migrations create, by table: its columns in order. */
  private static Map<String, List<List<String>>> indexesByTable() throws Exception {
    Map<String, List<List<String>>> indexes = new LinkedHashMap<>();
    ClassLoader loader = TableSourcesFollowAnIndexTest.class.getClassLoader();
    List<String> migrations =
        entries(root(Patient.class)).stream()
            .filter(e -> e.startsWith("db/migration/") && e.endsWith(".sql"))
            .toList();
    assertThat(migrations).as("the migrations").isNotEmpty();
    for (String migration : migrations) {
      String sql;
      try (InputStream in = loader.getResourceAsStream(migration)) {
        sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Matcher index = INDEX.matcher(sql);
      while (index.find()) {
        List<String> columns = new ArrayList<>();
        for (String column : index.group(2).split(",")) {
          columns.add(column.strip().toLowerCase(Locale.ROOT));
        }
        indexes
            .computeIfAbsent(index.group(1).toLowerCase(Locale.ROOT), t -> new ArrayList<>())
            .add(columns);
      }
    }
    return indexes;
  }
}
