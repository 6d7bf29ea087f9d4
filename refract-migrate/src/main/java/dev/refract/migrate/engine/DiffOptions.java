package dev.refract.migrate.engine;

import dev.refract.dialect.url.ConnectionUrl;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of {@code migrate diff} that only matter for a migrations folder side: the shadow
 * database to replay it in ({@code --shadow-database-url}), or else a server to create a temporary
 * one on (the project's database). SQLite needs neither.
 */
public record DiffOptions(Optional<ConnectionUrl> shadowDatabaseUrl, Optional<ConnectionUrl> shadowServer) {

    public static final DiffOptions NONE = new DiffOptions(Optional.empty(), Optional.empty());

    public DiffOptions {
        Objects.requireNonNull(shadowDatabaseUrl, "shadowDatabaseUrl");
        Objects.requireNonNull(shadowServer, "shadowServer");
    }
}
