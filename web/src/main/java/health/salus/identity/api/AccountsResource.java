package health.salus.identity.api;

import health.salus.identity.boundary.AccountAdministrationService;
import health.salus.identity.boundary.AccountView;
import health.salus.identity.boundary.NewStaffAccount;
import health.salus.identity.entity.Role;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.CreatedAt;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.InvalidInputException;
import health.salus.shared.boundary.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /admin/accounts}: the administrators' account work (ADMIN only). */
@Tag(name = "Identity")
@Path("admin/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  @Inject AccountAdministrationService administration;

  @GET
  public PageOf<AccountView> search(
      @QueryParam("q") String text,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 20);
    Page<AccountView> result = administration.search(text, paging.page(), paging.size());
    return PageOf.of(result);
  }

  @GET
  @Path("{id}")
  public AccountView account(@PathParam("id") long id) {
    return administration.account(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AccountView.class)))
  public Response create(NewStaffAccount request, @Context UriInfo uri) {
    AccountView created = administration.createStaffAccount(request);
    return CreatedAt.below(uri, created.id(), created);
  }

  @PUT
  @Path("{id}/roles/{role}")
  public AccountView grantRole(
      @PathParam("id") long id,
      @Parameter(schema = @Schema(implementation = Role.class)) @PathParam("role") String role) {
    return administration.grantRole(id, role(role));
  }

  @DELETE
  @Path("{id}/roles/{role}")
  public AccountView revokeRole(
      @PathParam("id") long id,
      @Parameter(schema = @Schema(implementation = Role.class)) @PathParam("role") String role) {
    return administration.revokeRole(id, role(role));
  }

  @POST
  @Path("{id}/mfa/reset")
  public AccountView resetMfa(@PathParam("id") long id) {
    return administration.resetMfa(id);
  }

  @POST
  @Path("{id}/disable")
  public AccountView disable(@PathParam("id") long id) {
    return administration.disable(id);
  }

  @POST
  @Path("{id}/enable")
  public AccountView enable(@PathParam("id") long id) {
    return administration.enable(id);
  }

  private static Role role(String name) {
    Role role = Params.choice("role", name, Role.class, "role.unknown");
    if (role == null) {
      throw new InvalidInputException("role", "role.unknown");
    }
    return role;
  }
}
