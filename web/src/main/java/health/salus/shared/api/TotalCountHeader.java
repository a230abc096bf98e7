package health.salus.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Repeats the total of every {@link PageOf} answer in the {@code X-Total-Count} header. */
@Provider
public class TotalCountHeader implements ContainerResponseFilter {

  /** The header's name. */
  public static final String NAME = "X-Total-Count";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getEntity() instanceof PageOf<?> page) {
      response.getHeaders().putSingle(NAME, Long.toString(page.total()));
    }
  }
}
