package health.salus.casework.view;

import health.salus.casework.boundary.CasePlanService;
import health.salus.casework.boundary.TaskView;
import health.salus.shared.view.PagedTable;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** "My tasks": the caller's open case tasks over all cases, by due date, a page at a time. */
@Named
@ViewScoped
public class MyTasksBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE_SIZE = 20;

  @Inject CasePlanService plan;

  private final PagedTable<TaskView> tasks =
      new PagedTable<>((page, size) -> plan.myTasks(page, size), TaskView::id);

  public PagedTable<TaskView> getTasks() {
    return tasks;
  }

  public int getPageSize() {
    return PAGE_SIZE;
  }
}
