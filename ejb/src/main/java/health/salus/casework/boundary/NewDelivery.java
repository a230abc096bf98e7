package health.salus.casework.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A service delivered, to pay from a category of the case's funding plan: the day, what it was, the
 * amount in Australian dollars, the provider who delivered it; {@code overBudget} with a reason
 * allows it to go over what the category has left.
 */
public record NewDelivery(
    Long categoryId,
    LocalDate deliveredOn,
    String description,
    BigDecimal amount,
    String provider,
    Boolean overBudget,
    String overBudgetReason) {}
