package health.salus.shared.control;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a JPQL query made of optional conditions, with their parameters: a search's
 * filters, each added only when given.
 *
 * <p>It never writes {@code WHERE 1 = 1}: on H2, EclipseLink binds no parameter of a query that
 * compares two constants (the platform "requires dynamic SQL" there), so such a query went to the
 * database as a new statement each time, parsed and planned again.
 */
public final class Conditions {

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** A condition with its one named parameter. */
  public Conditions and(String condition, String parameter, Object value) {
    conditions.add(condition);
    parameters.put(parameter, value);
    return this;
  }

  /** " WHERE a AND b ...", or "" when no condition was added. */
  public String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** The query with the conditions' parameters set. */
  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
