package health.salus.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The audit trail's chain as stored: plain JDBC, so that what is sealed and verified is what the
 * database holds (never an entity from the persistence context or its shared cache, which keeps the
 * time as it was before the database rounded it). Only the sealer writes, and only the chain column
 * and the head row.
 */
@Dependent
public class AuditChainRepository {

  private static final String FIELDS =
      "id, occurred_at, actor, on_behalf_of, patient_id, action, object_type, object_id, outcome,"
          + " purpose, client_address, detail, chain_hash";

  @Resource(lookup = "jdbc/salus")
  DataSource dataSource;

  /** The last sealed entry and its hash. */
  public record Head(long sealedThrough, String hash) {}

  /** The head, locked until the transaction ends: the one sealer at a time holds it. */
  public Head lockHead() {
    return head(" FOR UPDATE");
  }

  /** The head as last committed. */
  public Head head() {
    return head("");
  }

  private Head head(String lock) {
    return query(
        "SELECT sealed_through, head_hash FROM audit_chain WHERE id = 1" + lock,
        statement -> {},
        rows -> {
          if (!rows.next()) {
            throw new IllegalStateException("audit_chain has no head row");
          }
          return new Head(rows.getLong(1), rows.getString(2).trim());
        });
  }

  /** At most {@code limit} entries with ids above {@code after} and up to {@code through}. */
  public List<ChainedEntry> entries(long after, long through, int limit) {
    return query(
        "SELECT " + FIELDS + " FROM audit_entry WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
        statement -> {
          statement.setLong(1, after);
          statement.setLong(2, through);
          statement.setInt(3, limit);
        },
        rows -> {
          List<ChainedEntry> entries = new ArrayList<>(limit);
          while (rows.next()) {
            entries.add(entry(rows));
          }
          return entries;
        });
  }

  /** How many entries there are above the given id. */
  public long countAfter(long id) {
    return query(
        "SELECT COUNT(*) FROM audit_entry WHERE id > ?",
        statement -> statement.setLong(1, id),
        rows -> rows.next() ? rows.getLong(1) : 0L);
  }

  /**
   * Writes the seals of entries (each sealed once: a sealed entry keeps its hash) and moves the
   * head to the last of them. Call it holding the head's lock.
   */
  public void seal(List<ChainedEntry> entries, List<String> hashes) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement seal =
            connection.prepareStatement(
                "UPDATE audit_entry SET chain_hash = ? WHERE id = ? AND chain_hash IS NULL");
        PreparedStatement head =
            connection.prepareStatement(
                "UPDATE audit_chain SET sealed_through = ?, head_hash = ? WHERE id = 1")) {
      for (int i = 0; i < entries.size(); i++) {
        seal.setString(1, hashes.get(i));
        seal.setLong(2, entries.get(i).id());
        seal.addBatch();
      }
      seal.executeBatch();
      head.setLong(1, entries.get(entries.size() - 1).id());
      head.setString(2, hashes.get(hashes.size() - 1));
      head.executeUpdate();
    } catch (SQLException e) {
      throw new ChainStorageException(e);
    }
  }

  private static ChainedEntry entry(ResultSet rows) throws SQLException {
    long patientId = rows.getLong("patient_id");
    Long patient = rows.wasNull() ? null : patientId;
    String hash = rows.getString("chain_hash");
    return new ChainedEntry(
        rows.getLong("id"),
        rows.getObject("occurred_at", LocalDateTime.class),
        rows.getString("actor"),
        rows.getString("on_behalf_of"),
        patient,
        rows.getString("action"),
        rows.getString("object_type"),
        rows.getString("object_id"),
        rows.getString("outcome"),
        rows.getString("purpose"),
        rows.getString("client_address"),
        rows.getString("detail"),
        hash == null ? null : hash.trim(),
        rows.getTimestamp("occurred_at").toInstant());
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface Reader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  private <T> T query(String sql, Binder binder, Reader<T> reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        return reader.read(rows);
      }
    } catch (SQLException e) {
      throw new ChainStorageException(e);
    }
  }

  /** The database could not be read or written (a lock held elsewhere, an outage). */
  public static class ChainStorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChainStorageException(SQLException cause) {
      super(cause.getMessage(), cause);
    }

    /** A lock wait or timeout: another sealer is at work; try again later. */
    public boolean transientFailure() {
      return getCause() instanceof java.sql.SQLTransientException;
    }
  }
}
