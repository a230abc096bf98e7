package health.salus.community;

import static org.assertj.core.api.Assertions.assertThat;

import health.salus.testsupport.Api;
import health.salus.testsupport.Api.Credentials;
import health.salus.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The directory and the reviews page in Chinese: dr.chen's demo reviews, their average and his
 * reply.
 */
class ReviewPagesZhIT {

  @RegisterExtension final Browser browser = new Browser().newForEachTest();

  @Test
  void aPatientReadingChineseReadsDrChensReviews() {
    browser.useLanguage("zh-CN");
    Credentials patient = Api.newPatient("revzh");
    Api.Response chinese =
        Api.as(patient.username(), patient.password()).changeProfile("preferredLanguage", "zh-CN");
    assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);
    browser.signIn(patient.username(), patient.password());
    browser.waitForPath("/home.xhtml");
    browser.open("/scheduling/find-practitioner.xhtml");
    browser.click("reviews-dr.chen");
    browser.waitForPath("/community/reviews.xhtml");
    assertThat(browser.text("review-average")).contains("满分 5 分").contains("条评价");
    assertThat(browser.text("reviews-heading")).isEqualTo("患者的评价");
    assertThat(browser.text("reviews")).contains("Dr Wei Chen 的回复");
  }
}
