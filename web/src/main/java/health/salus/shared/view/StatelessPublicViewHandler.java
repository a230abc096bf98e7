package health.salus.shared.view;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes the public pages transient from the moment their view is created. {@code <f:view
 * transient>} only takes effect when the page is built, at the start of rendering; PrimeFaces
 * decides where to keep its script nonce before that (in the view scope, and with it in a new HTTP
 * session, unless the view is transient already). Marked here, the nonce lives in the request only,
 * and no session is made.
 */
public class StatelessPublicViewHandler extends ViewHandlerWrapper {

  public StatelessPublicViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot root = super.createView(context, viewId);
    if (root != null && PublicViews.isPublic(root.getViewId())) {
      root.setTransient(true);
    }
    return root;
  }
}
