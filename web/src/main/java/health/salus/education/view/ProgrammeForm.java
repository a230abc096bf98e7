package health.salus.education.view;

import health.salus.education.boundary.ProgrammeInput;
import health.salus.education.boundary.ProgrammeView;
import java.io.Serializable;

/** The fields of a programme on the educator's pages. */
public class ProgrammeForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String titleZh;
  private String topic;
  private String summary;
  private String conditionTerms;
  private Integer minAge;

  void fill(ProgrammeView p) {
    title = p.title();
    titleZh = p.titleZh();
    topic = p.topic();
    summary = p.summary();
    conditionTerms = p.conditionTerms();
    minAge = p.minAge();
  }

  ProgrammeInput input(Long version) {
    return new ProgrammeInput(title, titleZh, topic, summary, conditionTerms, minAge, version);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTitleZh() {
    return titleZh;
  }

  public void setTitleZh(String titleZh) {
    this.titleZh = titleZh;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getConditionTerms() {
    return conditionTerms;
  }

  public void setConditionTerms(String conditionTerms) {
    this.conditionTerms = conditionTerms;
  }

  public Integer getMinAge() {
    return minAge;
  }

  public void setMinAge(Integer minAge) {
    this.minAge = minAge;
  }
}
