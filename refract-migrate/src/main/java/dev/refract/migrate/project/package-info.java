/**
 * A project as the commands see it: a schema on disk and the database its datasource names.
 * Adapters (CLI, Maven plugin, Spring starter) resolve it here rather than each on their own.
 */
package dev.refract.migrate.project;
