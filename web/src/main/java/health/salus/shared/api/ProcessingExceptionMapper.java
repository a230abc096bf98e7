package health.salus.shared.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Jersey wraps a body that JSON-B cannot read in a {@link ProcessingException}, so {@link
 * JsonbExceptionMapper} never sees it: unwrap it here so that bad JSON is a 400, never a 500.
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  private static final Logger LOG = Logger.getLogger(ProcessingExceptionMapper.class.getName());

  @Override
  public Response toResponse(ProcessingException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
        return new JsonbExceptionMapper().toResponse(new JsonbException(cause.getMessage(), cause));
      }
    }
    return ServerErrorMapper.serverError(LOG, e);
  }
}
