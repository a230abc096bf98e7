package health.salus.directory;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory and the bookable practitioners cost the same however many practitioners there are:
 * {@code GET /practitioners} answers one page ({@code {items, total, page, size}}) of the
 * practitioners whose account is enabled; a disabled practitioner is in neither list, nor can one
 * open its booking page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PractitionersPagingIT {

  private static JsonObject disabledPractitioner() {
    return Json.createReader(
            new StringReader(
                Deployments.callTestResource(
                    "POST", "/test/disabled-practitioners/" + Api.unique("gone"))))
        .readObject();
  }

  @Test
  void answersOnePageWithTheTotal() {
    Api alice = Api.demo("alice");
    Response first = alice.get("/practitioners?size=2");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    List<JsonObject> page0 = first.items();
    long total = first.total();
    assertThat(total).isGreaterThanOrEqualTo(5);
    assertThat(page0).hasSize(2);
    assertThat(first.json().getInt("page")).isZero();
    assertThat(first.json().getInt("size")).isEqualTo(2);
    assertThat(first.header("X-Total-Count")).contains(Long.toString(total));

    List<JsonObject> page1 = alice.get("/practitioners?size=2&page=1").items();
    assertThat(page1).hasSize(2);
    assertThat(page1)
        .extracting(p -> p.getString("username"))
        .doesNotContainAnyElementsOf(page0.stream().map(p -> p.getString("username")).toList());

    Response whole = alice.get("/practitioners");
    assertThat(whole.json().getInt("size")).isEqualTo(50);
    assertThat(whole.total()).isEqualTo(total);
    assertThat(alice.get("/practitioners?size=100000").json().getInt("size")).isEqualTo(200);
    assertThat(alice.get("/practitioners?size=0").status()).isEqualTo(400);
    assertThat(alice.get("/practitioners?page=-1").status()).isEqualTo(400);
  }

  @Test
  void leavesOutPractitionersWhoseAccountIsDisabled() {
    JsonObject gone = disabledPractitioner();
    String username = gone.getString("username");
    Api alice = Api.demo("alice");

    // Named to sort first: on the first page if it were listed.
    assertThat(alice.get("/practitioners?size=200").items())
        .extracting(p -> p.getString("username"))
        .contains("dr.chen")
        .doesNotContain(username);
    assertThat(alice.get("/practitioners?specialty=disabled%20testing").items()).isEmpty();
    Response bookable =
        alice.get("/bookable-practitioners" + Api.query(Map.of("name", "Aaa Disabled")));
    assertThat(bookable.status()).as(bookable.toString()).isEqualTo(200);
    assertThat(bookable.jsonArray()).isEmpty();
    assertThat(
            alice.get("/bookable-practitioners?size=200").jsonArray().getValuesAs(JsonObject.class))
        .extracting(p -> p.getString("username"))
        .contains("dr.chen")
        .doesNotContain(username);
  }
}
