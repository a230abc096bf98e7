/** Monitoring's queries, the excursions that raise alerts, and the demo data. */
package health.salus.monitoring.control;
