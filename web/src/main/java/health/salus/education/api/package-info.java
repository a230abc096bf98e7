/**
 * The REST API of health education and literacy: {@code /programmes}, {@code /lessons}, {@code
 * /me/recommendations}, {@code /me/progress}, {@code /me/literacy-screening} and {@code
 * /education/figures}, each calling the education boundary.
 */
package health.salus.education.api;
