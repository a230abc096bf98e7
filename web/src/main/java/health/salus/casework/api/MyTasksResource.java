package health.salus.casework.api;

import health.salus.casework.boundary.CasePlanService;
import health.salus.casework.boundary.TaskView;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /me/tasks}: the caller's open case tasks over all cases, by due date, paged. */
@Tag(name = "Case management")
@Path("me/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class MyTasksResource {

  @Inject CasePlanService plan;

  @GET
  @Operation(summary = "The caller's open case tasks, by due date")
  public PageOf<TaskView> myTasks(
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 20);
    return PageOf.of(plan.myTasks(paging.page(), paging.size()));
  }
}
