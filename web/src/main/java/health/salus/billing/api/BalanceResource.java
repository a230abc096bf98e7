package health.salus.billing.api;

import health.salus.billing.boundary.Balance;
import health.salus.billing.boundary.InvoiceService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /me/balance}: what the signed-in patient still owes. */
@Tag(name = "Billing")
@Path("me/balance")
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {

  @Inject InvoiceService invoices;

  @GET
  public Balance balance() {
    return invoices.myBalance();
  }
}
