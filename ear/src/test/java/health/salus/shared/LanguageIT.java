package health.salus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.PageSession;
import health.salus.testsupport.PageSession.Answer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * English (en-AU) and Simplified Chinese (zh-CN): pages in the profile's language, else the
 * switch's, else the browser's; the switch on every page; the API's problems in the caller's
 * language.
 */
class LanguageIT {

  private static final String LOGIN_EN = "Sign in to Salus";
  private static final String LOGIN_ZH = "\u767b\u5f55 Salus"; // 登录 Salus
  private static final String HOME_ZH = "\u4eca\u5929\u60a8\u53ef\u4ee5\u5728 Salus"; // home.intro
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  @Test
  void theLoginPageSpeaksTheBrowsersLanguage() {
    Answer chinese =
        PageSession.anonymous().acceptingLanguage("zh-CN,zh;q=0.9,en;q=0.8").get("/login.xhtml");
    Answer english = PageSession.anonymous().get("/login.xhtml");
    Answer traditional = PageSession.anonymous().acceptingLanguage("zh-TW").get("/login.xhtml");

    assertThat(chinese.body()).contains("lang=\"zh-CN\"", LOGIN_ZH).doesNotContain(LOGIN_EN);
    assertThat(english.body()).contains("lang=\"en-AU\"", LOGIN_EN).doesNotContain(LOGIN_ZH);
    assertThat(traditional.body()).contains("lang=\"en-AU\"", LOGIN_EN);
  }

  @Test
  void theSwitchChangesTheLanguageOfAVisitorWithACookieAndNoSession() {
    PageSession visitor = PageSession.anonymous();
    Answer english = visitor.get("/login.xhtml");
    assertThat(english.body()).contains("name=\"lang\" value=\"zh-CN\"");

    Answer switched =
        visitor.postForm("/language", Map.of("lang", "zh-CN", "back", "/login.xhtml?next=x"));

    assertThat(switched.status()).as(switched.toString()).isEqualTo(302);
    assertThat(switched.location()).endsWith("/login.xhtml?next=x");
    Answer chinese = visitor.get("/login.xhtml");
    assertThat(chinese.body()).contains("lang=\"zh-CN\"", LOGIN_ZH);
    assertThat(visitor.cookieNames()).contains("salus-lang").doesNotContain("JSESSIONID");

    // And back; an address of another site is not followed.
    Answer back = visitor.postForm("/language", Map.of("lang", "en-AU", "back", "//evil.example/"));
    assertThat(back.location()).doesNotContain("evil");
    assertThat(visitor.get("/login.xhtml").body()).contains("lang=\"en-AU\"", LOGIN_EN);
    assertThat(visitor.postForm("/language", Map.of("lang", "fr")).status()).isEqualTo(400);
  }

  @Test
  void aPatientWhoseProfileSaysChineseSeesChineseWhateverTheBrowserSays() {
    String username = Api.unique("zh");
    String password = Api.strongPassword();
    Api.registerPatient(username, password);
    Api me = Api.as(username, password);
    setLanguage(me, "zh-CN");

    PageSession patient = PageSession.signedIn(username, password).acceptingLanguage("en-AU");
    Answer home = patient.get("/home.xhtml");
    assertThat(home.body()).contains("lang=\"zh-CN\"", HOME_ZH);
    Answer profile = patient.get("/account/profile.xhtml");
    assertThat(profile.body()).contains("<option value=\"zh-CN\" selected=\"selected\"");

    // The switch takes the profile with it.
    Answer switched = patient.postForm("/language", Map.of("lang", "en-AU", "back", "/home.xhtml"));
    assertThat(switched.status()).as(switched.toString()).isEqualTo(302);
    assertThat(patient.get("/home.xhtml").body())
        .contains("lang=\"en-AU\"")
        .doesNotContain(HOME_ZH);
    assertThat(me.get("/me/profile").json().getJsonObject("details").getString("preferredLanguage"))
        .isEqualTo("en-AU");
  }

  @Test
  void problemDetailsComeInTheCallersLanguage() throws Exception {
    String alice = Api.basic("alice", Api.DEMO_PASSWORD);

    JsonObject notFoundZh = problem("/api/v1/invoices/987654321", alice, "zh-CN", 404);
    JsonObject notFoundEn = problem("/api/v1/invoices/987654321", alice, null, 404);
    assertThat(notFoundZh.getString("detail"))
        .isEqualTo("\u6ca1\u6709\u8fd9\u5f20\u8d26\u5355\u3002");
    assertThat(notFoundZh.getString("title")).isEqualTo("\u627e\u4e0d\u5230");
    assertThat(notFoundEn.getString("detail")).isEqualTo("No such invoice.");
    assertThat(notFoundEn.getString("title")).isEqualTo("Not found");

    JsonObject noPathZh = problem("/api/v1/no-such-thing", alice, "zh", 404);
    assertThat(noPathZh.getString("detail"))
        .isEqualTo("\u8fd9\u4e2a\u5730\u5740\u6ca1\u6709\u5185\u5bb9\u3002");

    // Refused by the sign-in itself (an unknown user, from an address of its own).
    String nobody = Api.basic(Api.unique("nobody"), "wrong-password-1");
    JsonObject signInZh = problem("/api/v1/me/profile", nobody, "zh-CN", 401);
    assertThat(signInZh.getString("title")).isEqualTo("\u9700\u8981\u767b\u5f55");
    JsonObject signInEn = problem("/api/v1/me/profile", nobody, "vi, fr", 401);
    assertThat(signInEn.getString("title")).isEqualTo("Sign-in required");
  }

  private static void setLanguage(Api me, String tag) {
    Api.Response saved = me.changeProfile("preferredLanguage", tag);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
  }

  private static JsonObject problem(
      String path, String authorization, String acceptLanguage, int status) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json, application/problem+json")
            .header("Authorization", authorization)
            .header("X-Forwarded-For", Api.uniqueAddress());
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    HttpResponse<String> answer =
        HTTP.send(
            request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith(Api.PROBLEM_JSON));
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }
}
