package health.salus.consent;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Response;
import health.salus.testsupport.Axe;
import health.salus.testsupport.Browser;
import health.salus.testsupport.TestPatient;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "What my care team can see" on the sharing page, in two browsers of one patient: each keeps a
 * different part of her record from her care team (one by keyboard) and both stay; lifting one in a
 * window that has not seen the other's change leaves the other's. The saved message is a polite
 * status; the section explains the emergency exception, in English and in Chinese. Axe checks every
 * page on arrival and after saving.
 */
class CareTeamRestrictionPageIT {

  private static final String PAGE = "/account/sharing.xhtml";

  @RegisterExtension final Browser first = new Browser();
  @RegisterExtension final Browser second = new Browser().newForEachTest();

  private static void openSharing(Browser browser, TestPatient patient) {
    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open(PAGE);
  }

  /** Saves, and waits for the page the save redirects to (a new page, not the last one's growl). */
  private static void save(Browser browser, String confirmation) {
    WebElement before = browser.driver().findElement(By.tagName("html"));
    browser.click("restrictions:save");
    browser.waitUntilStale(before);
    browser.waitForGrowl(confirmation);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(
            d ->
                d.findElements(By.cssSelector(".ui-growl [role=status]")).stream()
                    .anyMatch(e -> e.getText().contains(confirmation)));
    Axe.assertAccessible(browser.driver(), PAGE + " saved");
  }

  private static List<String> kept(TestPatient patient) {
    return patient
        .api()
        .get("/me/restrictions")
        .json()
        .getJsonArray("categories")
        .getValuesAs(JsonString::getString);
  }

  @Test
  void twoWindowsKeepDifferentPartsFromTheCareTeamAndBothChangesStay() {
    TestPatient patient = TestPatient.withGp("twowin", "dr.chen");
    openSharing(first, patient);
    openSharing(second, patient);
    assertThat(first.text("restrictions-heading")).isEqualTo("What my care team can see");
    assertThat(first.text("restrictions"))
        .contains("Test results")
        .contains("In an emergency, a doctor may still open your whole record");
    assertThat(first.byId("restrictions:kept:2").isSelected()).isFalse();

    first.byId("restrictions:kept:2").sendKeys(Keys.SPACE); // Test results, by keyboard
    save(first, "Saved.");
    assertThat(first.byId("restrictions:kept:2").isSelected()).isTrue();

    second.click("restrictions:kept:1"); // Medicines, in a window that has not seen the results
    save(second, "Saved.");
    assertThat(kept(patient)).containsExactly("MEDICATIONS", "RESULTS");
    assertThat(second.byId("restrictions:kept:2").isSelected()).isTrue();

    first.click("restrictions:kept:2"); // lift results where medicines are not shown yet
    save(first, "Saved.");
    assertThat(kept(patient)).containsExactly("MEDICATIONS");
    assertThat(first.byId("restrictions:kept:1").isSelected()).isTrue();
  }

  @Test
  void theSectionSpeaksChinese() {
    TestPatient patient = TestPatient.withGp("zhkeep", "dr.chen");
    Response chinese = patient.api().changeProfile("preferredLanguage", "zh-CN");
    assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);
    openSharing(first, patient);
    assertThat(first.text("restrictions-heading")).isEqualTo("我的医护团队能看到什么");
    assertThat(first.text("restrictions")).contains("在紧急情况下").contains("检查结果");

    first.click("restrictions:kept:4"); // 健康读数 (readings)
    save(first, "已保存");
    assertThat(kept(patient)).containsExactly("READINGS");
    assertThat(Api.demo("dr.chen").get(patient.path("/readings?type=WEIGHT")).status())
        .isEqualTo(404);
  }
}
