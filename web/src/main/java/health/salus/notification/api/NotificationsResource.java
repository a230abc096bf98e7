package health.salus.notification.api;

import health.salus.notification.boundary.NotificationService;
import health.salus.notification.boundary.NotificationView;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /me/notifications}: the caller's in-app notifications. */
@Tag(name = "Notifications")
@Path("me/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

  @Inject NotificationService notifications;

  /**
   * A page of notifications ({@link health.salus.shared.api.PageOf}'s shape) with the unread count.
   */
  public record Notifications(
      List<NotificationView> items, long total, int page, int size, long unread) {}

  @GET
  public Notifications mine(
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 20);
    Page<NotificationView> result = notifications.mine(paging.page(), paging.size());
    return new Notifications(
        result.items(), result.total(), result.page(), result.size(), notifications.unreadCount());
  }

  @POST
  @Path("{id}/read")
  public NotificationView markRead(@PathParam("id") long id) {
    return notifications.markRead(id);
  }

  @POST
  @Path("read-all")
  @APIResponse(responseCode = "204", description = "Done")
  public Response markAllRead() {
    notifications.markAllRead();
    return Response.noContent().build();
  }
}
