/**
 * Personal health monitoring: readings, thresholds, the WHO-5 check-in and the care team's alerts.
 *
 * <p>{@link health.salus.monitoring.boundary.MonitoringService}: a patient records readings
 * (systolic and diastolic blood pressure in mmHg, blood glucose in mmol/L or mg/dL, converted with
 * 18.016, weight in kg, heart rate per minute, steps) and takes the WHO-5 check-in once a week; the
 * patient, the care team and holders of a READINGS grant read readings, check-ins and thresholds.
 * {@link health.salus.monitoring.boundary.CareTeamMonitoringService}: a clinician of the care team
 * sets thresholds, lists the open alerts of their patients and acknowledges them.
 *
 * <p>Rules: a unit not of the type is refused (422), an implausible value or a time in the future
 * (beyond 5 minutes of skew) or more than a year back is bad input (400), and nothing is stored. A
 * value beyond the patient's threshold for its type, or a WHO-5 of 50 % or less, raises one alert
 * per excursion: the excursion ends with a value back in range (in the order the values arrive),
 * and only then may another alert come. A patient's monitoring writes hold the patient's row lock,
 * so racing readings are taken one after the other and never raise two alerts for one excursion;
 * the same lock keeps check-ins weekly (a second within 7 days: 409). Each alert fires {@link
 * health.salus.monitoring.boundary.ReadingAlertRaised}: the notification feature tells the care
 * team's clinicians, and the alert waits in their worklist. Every read and change is audited about
 * the patient (actions starting READING, the access history's READINGS category).
 */
package health.salus.monitoring.boundary;
