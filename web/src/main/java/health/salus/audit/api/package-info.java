/** Audit over REST: administrators search the trail. */
package health.salus.audit.api;
