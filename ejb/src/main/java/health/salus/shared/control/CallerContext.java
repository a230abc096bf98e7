package health.salus.shared.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Facts about the current request that services need but must not read from HTTP themselves: the
 * client's address. The web layer fills it in at the start of each request.
 */
@RequestScoped
public class CallerContext {

  private String clientAddress;

  public String clientAddress() {
    return clientAddress;
  }

  public void setClientAddress(String clientAddress) {
    this.clientAddress = clientAddress;
  }
}
