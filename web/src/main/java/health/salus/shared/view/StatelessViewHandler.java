package health.salus.shared.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes the stateless pages ({@link StatelessViews}) transient from the moment their view is
 * created. {@code <f:view transient>} only takes effect when the page is built, at the start of
 * rendering; PrimeFaces decides where to keep its script nonce before that (in the view scope, and
 * with it in the HTTP session, a new one for an anonymous visitor, unless the view is transient
 * already). Marked here, the nonce lives in the request only, and nothing of the view is kept.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

  public StatelessViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && StatelessViews.isStateless(root.getViewId())) {
      root.setTransient(true);
    }
    return root;
  }
}
