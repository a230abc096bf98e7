package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A data directory written by the H2 that Payara bundles (2.2.224, the one Salus ran on before)
 * still opens: the run command's upgrade step ({@code salus.sh h2-upgrade}, which every start runs
 * on the database and the domain's timer store) moves it over to the H2 of the pom through SQL,
 * keeping the rows, the identity counters and a copy of the old file. Needs no server: the old
 * database is made here with the old H2 jar, in a process of its own.
 */
class EmbeddedDatabaseUpgradeIT {

  static final String FORMER = "2.2.224";
  static final Path SALUS_SH = Paths.get("salus.sh").toAbsolutePath();

  private Path directory;
  private Path database;

  @BeforeEach
  void aDirectoryOfItsOwn() throws IOException {
    directory =
        Files.createDirectories(
            Paths.get("target", "h2-upgrade", UUID.randomUUID().toString()).toAbsolutePath());
    database = directory.resolve("salus");
  }

  @Test
  void aDatabaseWrittenByTheFormerH2IsMovedOverWithItsRowsAndCounters() throws Exception {
    writeWithFormerH2(
        "CREATE TABLE audit_entry (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
            + " action VARCHAR(64) NOT NULL, occurred_at DATETIME(6) NOT NULL);",
        "CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);",
        "INSERT INTO audit_entry (action, occurred_at) VALUES"
            + " ('SIGN_IN', TIMESTAMP '2026-11-30 09:00:00'),"
            + " ('READ_RECORD', TIMESTAMP '2026-11-30 09:01:00'),"
            + " ('BOOK', TIMESTAMP '2026-11-30 09:02:00');");

    Run upgrade = salus("h2-upgrade", database.toString(), "sa", "");

    assertThat(upgrade.exit()).as(upgrade.output()).isZero();
    assertThat(upgrade.output()).contains("from H2 " + FORMER + " to H2 " + currentVersion());
    assertThat(Files.readString(database.resolveSibling("salus.h2-version")).trim())
        .isEqualTo(currentVersion());
    assertThat(names(directory))
        .anyMatch(n -> n.startsWith("salus.mv.db.h2-" + FORMER + "-"))
        .anyMatch(n -> n.startsWith("salus.h2-" + FORMER + "-") && n.endsWith(".sql.zip"));
    try (Connection db = open();
        Statement sql = db.createStatement()) {
      assertThat(single(sql, "SELECT H2VERSION()")).isEqualTo(currentVersion());
      assertThat(single(sql, "SELECT STRING_AGG(action, ',' ORDER BY id) FROM audit_entry"))
          .isEqualTo("SIGN_IN,READ_RECORD,BOOK");
      sql.executeUpdate(
          "INSERT INTO audit_entry (action, occurred_at) VALUES ('CANCEL', CURRENT_TIMESTAMP)");
      assertThat(single(sql, "SELECT id FROM audit_entry WHERE action = 'CANCEL'")).isEqualTo("4");
    }
  }

  @Test
  void aDatabaseOfTheCurrentH2IsLeftAsItIs() throws Exception {
    writeWithFormerH2("CREATE TABLE t (id BIGINT PRIMARY KEY);");
    assertThat(salus("h2-upgrade", database.toString(), "sa", "").exit()).isZero();
    byte[] moved = Files.readAllBytes(directory.resolve("salus.mv.db"));

    Run again = salus("h2-upgrade", database.toString(), "sa", "");

    assertThat(again.exit()).as(again.output()).isZero();
    assertThat(again.output()).doesNotContain("Moving");
    assertThat(Files.readAllBytes(directory.resolve("salus.mv.db"))).isEqualTo(moved);
  }

  @Test
  void aNewDatabaseIsMarkedForTheCurrentH2AndNotMovedLater() throws Exception {
    Run fresh = salus("h2-upgrade", database.toString(), "sa", "");
    try (Connection db = open();
        Statement sql = db.createStatement()) {
      sql.executeUpdate("CREATE TABLE t (id BIGINT PRIMARY KEY)");
    }

    Run later = salus("h2-upgrade", database.toString(), "sa", "");

    assertThat(fresh.exit()).as(fresh.output()).isZero();
    assertThat(later.exit()).as(later.output()).isZero();
    assertThat(later.output()).doesNotContain("Moving");
  }

  @Test
  void aDatabaseTheFormerH2CannotReadIsLeftUntouchedWithAClearError() throws Exception {
    Files.writeString(database.resolveSibling("salus.mv.db"), "not a database");

    Run upgrade = salus("h2-upgrade", database.toString(), "sa", "");

    assertThat(upgrade.exit()).isNotZero();
    assertThat(upgrade.output()).contains("could not export").contains("left as it was");
    assertThat(Files.readString(database.resolveSibling("salus.mv.db")))
        .isEqualTo("not a database");
    assertThat(database.resolveSibling("salus.h2-version")).doesNotExist();
  }

  private void writeWithFormerH2(String... statements) throws Exception {
    Path script = directory.resolve("make.sql");
    Files.write(script, List.of(statements), StandardCharsets.UTF_8);
    Run jar = salus("h2-jar", FORMER);
    assertThat(jar.exit()).as(jar.output()).isZero();
    String formerJar =
        jar.output().lines().filter(l -> l.endsWith(".jar")).reduce((a, b) -> b).orElseThrow();
    Run made =
        run(
            "java",
            "-cp",
            formerJar,
            "org.h2.tools.RunScript",
            "-url",
            "jdbc:h2:file:" + database + ";MODE=LEGACY",
            "-user",
            "sa",
            "-password",
            "",
            "-script",
            script.toString());
    assertThat(made.exit()).as(made.output()).isZero();
  }

  private Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + database + ";MODE=LEGACY", "sa", "");
  }

  private static String currentVersion() {
    return org.h2.engine.Constants.VERSION;
  }

  private static String single(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
    }
  }

  record Run(int exit, String output) {}

  private static Run salus(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", SALUS_SH.toString()));
    command.addAll(List.of(arguments));
    return run(command.toArray(String[]::new));
  }

  private static Run run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), output);
  }

  private static List<String> names(Path directory) throws IOException {
    try (var files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
