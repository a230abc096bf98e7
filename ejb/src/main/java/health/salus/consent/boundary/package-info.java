/**
 * Consent: who may act for or read about a patient. {@code AccessPolicy.mayActFor} is the single
 * decision point other features call; carers' grants will be decided there.
 */
package health.salus.consent.boundary;
