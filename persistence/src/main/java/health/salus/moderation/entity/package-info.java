/**
 * Moderation: members' flags on posts (with a reason, one per member and post), the watched words
 * that block, hold or flag what members write, and the log of every moderator's action with its
 * reason.
 */
package health.salus.moderation.entity;
