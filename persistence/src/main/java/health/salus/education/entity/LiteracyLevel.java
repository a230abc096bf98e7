package health.salus.education.entity;

/** The result of the literacy screen: limited (easy-read first) or adequate. */
public enum LiteracyLevel {
  LIMITED,
  ADEQUATE
}
