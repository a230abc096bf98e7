package health.salus.testsupport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Test-only, in the test deployment ({@code /salus-it}) only: changes one column of one stored
 * audit entry behind the application's back, as someone with access to the database would, and
 * answers what it held before so that the test can put it back. Only {@code detail} and {@code
 * chain_hash}; no {@code value} sets NULL.
 */
@Stateless
@PermitAll
@Path("test/audit-rows")
@Produces(MediaType.APPLICATION_JSON)
public class AuditRowsResource {

  private static final Set<String> COLUMNS = Set.of("detail", "chain_hash");

  @Resource(lookup = "jdbc/salus")
  DataSource dataSource;

  @POST
  @Path("{id}/{column}")
  public JsonObject change(
      @PathParam("id") long id,
      @PathParam("column") String column,
      @QueryParam("value") String value)
      throws SQLException {
    if (!COLUMNS.contains(column)) {
      throw new NotFoundException();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement read =
            connection.prepareStatement("SELECT " + column + " FROM audit_entry WHERE id = ?");
        PreparedStatement write =
            connection.prepareStatement("UPDATE audit_entry SET " + column + " = ? WHERE id = ?")) {
      read.setLong(1, id);
      JsonObjectBuilder before = Json.createObjectBuilder();
      try (ResultSet row = read.executeQuery()) {
        if (!row.next()) {
          throw new NotFoundException();
        }
        String held = row.getString(1);
        if (held == null) {
          before.addNull("before");
        } else {
          before.add("before", held.trim());
        }
      }
      write.setString(1, value);
      write.setLong(2, id);
      write.executeUpdate();
      return before.build();
    }
  }
}
