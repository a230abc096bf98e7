package health.salus.shared.view;

import health.salus.shared.boundary.DatabaseOutage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * PrimeFaces' handler, which sends failed Ajax requests to the error page web.xml names for the
 * exception's root cause; here a database outage, however deeply wrapped, is reported as {@link
 * DatabaseUnavailableException}, whose page is "temporarily unavailable".
 */
public class OutageAwareExceptionHandlerFactory extends ExceptionHandlerFactory {

  public OutageAwareExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new PrimeExceptionHandler(getWrapped().getExceptionHandler()) {
      @Override
      public Throwable getRootCause(Throwable throwable) {
        return DatabaseOutage.causedBy(throwable)
            ? new DatabaseUnavailableException(throwable)
            : super.getRootCause(throwable);
      }
    };
  }
}
