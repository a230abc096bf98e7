package health.salus.feedback.boundary;

import java.util.Map;

/**
 * The register in numbers for staff: open items by status and by severity (UNTRIAGED for none yet),
 * overdue ones, and the SLA performance over the last {@code days} days: of the items received
 * then, how many were acknowledged within the business days allowed (of those acknowledged or
 * overdue), and how many were resolved within the days allowed (of those resolved or overdue).
 */
public record ComplaintDashboard(
    Map<String, Long> openByStatus,
    Map<String, Long> openBySeverity,
    long acknowledgementOverdue,
    long resolutionOverdue,
    int days,
    long acknowledgedWithinSla,
    long acknowledgementCounted,
    Integer acknowledgedWithinSlaPercent,
    long resolvedWithinSla,
    long resolutionCounted,
    Integer resolvedWithinSlaPercent) {

  static Integer percent(long part, long whole) {
    return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
  }
}
