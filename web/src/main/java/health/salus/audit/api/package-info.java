/** Audit over REST: administrators search the trail; a patient reads their access history. */
package health.salus.audit.api;
