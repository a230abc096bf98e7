package health.salus.casework.view;

import health.salus.casework.boundary.FundingService;
import health.salus.casework.boundary.NewFundingPlan;
import health.salus.shared.view.PageAction;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The case manager's form on the case page to set up the funding plan of an NDIS or aged-care case:
 * its period and up to {@value #LINES} budget categories (a name and an amount in dollars and
 * cents). Lines left empty are left out; a refusal about a line shows beside that line's input.
 */
@Named
@ViewScoped
public class CaseFundingSetupBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many category lines the form offers. */
  public static final int LINES = 4;

  @Inject FundingService funding;
  @Inject CaseBacking page;

  private LocalDate startsOn;
  private LocalDate endsOn;
  private final String[] names = new String[LINES];
  private final BigDecimal[] budgets = new BigDecimal[LINES];

  /** The plan's period starts today in the provider's zone and lasts a year, unless changed. */
  @PostConstruct
  void init() {
    startsOn = funding.today();
    endsOn = startsOn.plusYears(1);
  }

  public void setUp() throws IOException {
    List<NewFundingPlan.Category> categories = new ArrayList<>();
    Map<String, String> inputIds = new HashMap<>();
    inputIds.put("categories", "categoryName0");
    for (int line = 0; line < LINES; line++) {
      boolean noName = names[line] == null || names[line].isBlank();
      if (noName && budgets[line] == null) {
        continue;
      }
      int index = categories.size();
      inputIds.put("categories[" + index + "].categoryName", "categoryName" + line);
      inputIds.put("categories[" + index + "].budget", "budget" + line);
      categories.add(new NewFundingPlan.Category(names[line], budgets[line]));
    }
    NewFundingPlan plan = new NewFundingPlan(startsOn, endsOn, categories);
    PageAction.change(
        () -> funding.setUp(page.getId(), plan),
        "plan",
        inputIds,
        page.target(),
        "casework.funding.planSetUp");
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  /** The category names, by line (the page binds each line's input to one). */
  public String[] getNames() {
    return names;
  }

  /** The category amounts, by line. */
  public BigDecimal[] getBudgets() {
    return budgets;
  }
}
