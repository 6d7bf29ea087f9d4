package dev.refract.schema.model;

import java.util.Optional;

/** A datasource provider. Refract serves PostgreSQL, MySQL/MariaDB and SQLite; CockroachDB is validated only. */
public enum Provider {
    POSTGRESQL("postgresql", true),
    COCKROACHDB("cockroachdb", true),
    MYSQL("mysql", true),
    SQLITE("sqlite", true),
    SQLSERVER("sqlserver", false),
    MONGODB("mongodb", false);

    private final String id;
    private final boolean supported;

    Provider(String id, boolean supported) {
        this.id = id;
        this.supported = supported;
    }

    /** The canonical name as written in a schema. */
    public String id() {
        return id;
    }

    /** Whether Refract can work with this provider (the others are rejected with one clear error). */
    public boolean isSupported() {
        return supported;
    }

    public boolean isPostgresFamily() {
        return this == POSTGRESQL || this == COCKROACHDB;
    }

    /** Parses a provider name as Prisma accepts it ({@code postgres} is an alias of {@code postgresql}). */
    public static Optional<Provider> parse(String name) {
        if (name.equals("postgres")) {
            return Optional.of(POSTGRESQL);
        }
        for (Provider p : values()) {
            if (p.id.equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
