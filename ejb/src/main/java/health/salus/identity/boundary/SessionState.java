package health.salus.identity.boundary;

import java.io.Serializable;
import java.util.Set;

/**
 * What a signed-in session must agree with on every request: whether the account may still be used,
 * its roles now, and a stamp of its current credential (a changed password changes the stamp and so
 * ends the sessions signed in with the old one); and whether it must set up multi-factor sign-in
 * before anything else (the administrator's policy).
 */
public record SessionState(
    boolean enabled, Set<String> roles, String credentialStamp, boolean mfaSetUpRequired)
    implements Serializable {}
