package dev.refract.migrate.sqlschema;

/** A PostgreSQL extension: name, schema it is installed in, version (null when not pinned). */
public record Extension(String name, String schema, String version) {
}
