package health.salus.billing.api;

import health.salus.billing.boundary.InvoiceService;
import health.salus.billing.boundary.InvoiceView;
import health.salus.billing.boundary.PaymentRequest;
import health.salus.billing.boundary.PaymentService;
import health.salus.billing.boundary.VoidRequest;
import health.salus.billing.view.InvoicePdf;
import health.salus.shared.api.ApiDocs;
import health.salus.shared.api.PageOf;
import health.salus.shared.api.Params;
import health.salus.shared.boundary.Page;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /invoices}: a patient's own invoices, staff all of them; payments and voids by staff; the
 * invoice as a PDF.
 */
@Tag(name = "Billing")
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoicesResource {

  @Inject InvoiceService invoices;
  @Inject PaymentService payments;
  @Inject InvoicePdf pdf;

  @GET
  public PageOf<InvoiceView> list(
      @Parameter(schema = @Schema(ref = ApiDocs.ID)) @QueryParam("patientId") String patientId,
      @QueryParam("q") String text,
      @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
      @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
    Params.Paging paging = Params.paging(page, size, 20);
    Page<InvoiceView> result =
        invoices.invoices(Params.id("patientId", patientId), text, paging.page(), paging.size());
    return PageOf.of(result);
  }

  @GET
  @Path("{id}")
  public InvoiceView invoice(@PathParam("id") long id) {
    return invoices.invoice(id);
  }

  @GET
  @Path("{id}/pdf")
  @Produces(InvoicePdf.MEDIA_TYPE)
  @APIResponse(
      responseCode = "200",
      description = "The invoice as a PDF",
      content =
          @Content(
              mediaType = InvoicePdf.MEDIA_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@PathParam("id") long id) {
    InvoiceView invoice = invoices.document(id);
    return Response.ok(pdf.render(invoice), InvoicePdf.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName(invoice) + "\"")
        .build();
  }

  @POST
  @Path("{id}/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InvoiceView.class)))
  public Response recordPayment(
      @PathParam("id") long id, PaymentRequest request, @Context UriInfo uri) {
    InvoiceView invoice = payments.recordPayment(id, request);
    return Response.created(
            uri.getBaseUriBuilder().path("invoices").path(Long.toString(invoice.id())).build())
        .entity(invoice)
        .build();
  }

  @POST
  @Path("{id}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  public InvoiceView voidInvoice(@PathParam("id") long id, VoidRequest request) {
    return payments.voidInvoice(id, request);
  }
}
