package health.salus.shared.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that made something addressable below the collection it was posted to. */
public final class CreatedAt {

  private CreatedAt() {}

  /** 201 with {@code Location: <this request's path>/<id>} and the new thing as the body. */
  public static Response below(UriInfo uri, long id, Object created) {
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build())
        .entity(created)
        .build();
  }
}
