/** Directory control: the demo organisation, sites, practitioners and care relations. */
package health.salus.directory.control;
