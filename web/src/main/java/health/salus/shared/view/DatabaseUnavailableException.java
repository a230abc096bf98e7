package health.salus.shared.view;

/**
 * What a failed Ajax request is reported as when the database is away, so that web.xml can send it
 * to the "temporarily unavailable" page by its type.
 */
public class DatabaseUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(Throwable cause) {
    super("The database is unavailable", cause);
  }
}
