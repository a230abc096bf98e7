package health.salus.billing.boundary;

import health.salus.directory.entity.Organisation;
import java.io.Serializable;
import java.util.Optional;

/** Who issues the invoice: the provider organisation, as a tax invoice names it. */
public record Issuer(String name, String abn, String phone, String email) implements Serializable {

  static Issuer of(Optional<Organisation> organisation) {
    return organisation
        .map(o -> new Issuer(o.getName(), o.getAbn(), o.getPhone(), o.getEmail()))
        .orElse(null);
  }
}
