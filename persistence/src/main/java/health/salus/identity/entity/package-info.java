/**
 * Identity: accounts, roles, patients and their carers. An account guards its own sign-in state;
 * usernames are stored in lower case; passwords only as PBKDF2 hashes.
 */
package health.salus.identity.entity;
