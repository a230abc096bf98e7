/**
 * Identity pages: sign in and out, registration, one's own profile and password, and the
 * administrators' accounts page. Every change goes through the identity boundary.
 */
package health.salus.identity.view;
