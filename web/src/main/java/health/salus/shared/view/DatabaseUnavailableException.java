package health.salus.shared.view;

/**
 * A page request that failed because the database is away (a sign-in, or an Ajax request as the
 * exception handler reports it), so that web.xml can send it to the "temporarily unavailable" page
 * by its type.
 */
public class DatabaseUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DatabaseUnavailableException(Throwable cause) {
    super("The database is unavailable", cause);
  }
}
