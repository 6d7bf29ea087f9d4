package dev.refract.migrate.engine;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.dialect.url.Environment;
import dev.refract.migrate.history.MigrationsDirectory;
import dev.refract.schema.model.ConfigValue;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Provider;
import dev.refract.schema.model.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the development commands work on: a validated Prisma schema, the database its datasource
 * points at, the shadow database configured for it (if any), and the migrations folder beside it.
 *
 * @param schema              the validated schema (it has a datasource)
 * @param url                 the development database
 * @param shadowDatabaseUrl   the datasource's {@code shadowDatabaseUrl}; empty means a temporary one
 * @param migrationsDirectory {@code prisma/migrations}, beside the schema
 * @param environment         where variables come from ({@code PRISMA_SCHEMA_DISABLE_ADVISORY_LOCK}...)
 */
public record Project(Schema schema, ConnectionUrl url, Optional<ConnectionUrl> shadowDatabaseUrl,
        Path migrationsDirectory, Environment environment) {

    /** The variable Prisma 7 style schemas (without {@code url}) take their shadow database from. */
    public static final String SHADOW_DATABASE_URL = "SHADOW_DATABASE_URL";

    public Project {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(shadowDatabaseUrl, "shadowDatabaseUrl");
        Objects.requireNonNull(migrationsDirectory, "migrationsDirectory");
        Objects.requireNonNull(environment, "environment");
        if (shadowDatabaseUrl.isPresent() && shadowDatabaseUrl.get().equals(url)) {
            throw EngineErrors.shadowIsMainDatabase();
        }
    }

    /**
     * The project of a schema loaded from {@code schemaLocation} (a file, or the folder of a multi-file
     * schema), whose database is {@code url}. The shadow database is the datasource's
     * {@code shadowDatabaseUrl} (a literal or {@code env("VAR")}), or, for a Prisma 7 style datasource
     * without {@code url}, the {@value #SHADOW_DATABASE_URL} variable when it is set.
     */
    public static Project of(Schema schema, ConnectionUrl url, Path schemaLocation, Environment environment) {
        return new Project(schema, url, shadowUrl(schema, schemaLocation, environment),
                MigrationsDirectory.besideSchema(schemaLocation), environment);
    }

    /**
     * The project for commands that need no shadow database ({@code db push}, {@code db pull},
     * {@code migrate reset}): its {@code shadowDatabaseUrl} is not resolved, so a variable it names
     * may be unset, as with Prisma.
     */
    public static Project withoutShadowDatabase(Schema schema, ConnectionUrl url, Path schemaLocation,
            Environment environment) {
        return new Project(schema, url, Optional.empty(), MigrationsDirectory.besideSchema(schemaLocation),
                environment);
    }

    private static Optional<ConnectionUrl> shadowUrl(Schema schema, Path schemaLocation, Environment environment) {
        Datasource datasource = schema.datasource()
                .orElseThrow(() -> new IllegalArgumentException("the schema has no datasource"));
        Path folder = MigrationsDirectory.besideSchema(schemaLocation).getParent();
        Optional<String> shadow;
        Optional<ConfigValue> configured = datasource.shadowDatabaseUrlValue();
        if (configured.isPresent()) {
            ConfigValue value = configured.get();
            shadow = Optional.of(value.isEnv() ? environment.get(value.envVar())
                    .orElseThrow(() -> ConnectionErrors.environmentVariableNotFound(value.envVar())) : value.literal());
        } else if (datasource.urlValue().isEmpty()) {
            shadow = environment.get(SHADOW_DATABASE_URL);
        } else {
            shadow = Optional.empty();
        }
        return shadow.filter(text -> !text.isBlank()).map(text -> ConnectionUrl.parse(text, folder));
    }

    public Datasource datasource() {
        return schema.datasource().orElseThrow();
    }

    /** The schema's provider (what {@code migration_lock.toml} must name). */
    public Provider provider() {
        return datasource().provider();
    }

    public Dialect dialect() {
        return Dialect.of(url.provider());
    }

    /** The datasource's {@code schemas} (multiSchema); empty without them. */
    public List<String> namespaces() {
        return datasource().schemas();
    }

    /** The schemas to describe: the datasource's {@code schemas}, else the URL's own (PostgreSQL). */
    List<String> describedNamespaces() {
        return Databases.describedNamespaces(url, namespaces());
    }
}
