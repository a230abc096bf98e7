package health.salus.identity.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The second step of a form sign-in with multi-factor: the token of the password step and the
 * one-time (or recovery) code typed.
 */
public record SecondFactorCredential(String pendingToken, String code) implements Credential {}
