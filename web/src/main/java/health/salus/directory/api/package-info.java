/** Directory over REST: {@code GET /practitioners}. */
package health.salus.directory.api;
