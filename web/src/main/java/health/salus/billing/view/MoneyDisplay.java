package health.salus.billing.view;

import health.salus.shared.view.LocalFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;

/** Shows amounts in Australian dollars, for pages ({@code #{moneyDisplay.format(x)}}) and PDFs. */
@Named
@ApplicationScoped
public class MoneyDisplay {

  public String format(BigDecimal amount) {
    return text(amount);
  }

  static String text(BigDecimal amount) {
    return LocalFormats.money(amount);
  }
}
