package dev.refract.migrate.project;

import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.dialect.url.DatasourceUrls;
import dev.refract.dialect.url.Environment;
import dev.refract.migrate.history.MigrationListener;
import dev.refract.migrate.history.Migrations;
import dev.refract.migrate.history.MigrationsDirectory;
import dev.refract.schema.LoadedSchema;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The database of a validated schema, found as Prisma finds it: the datasource's url (a literal or
 * {@code env("...")}), else {@code DATABASE_URL}; variables from the process environment, then the
 * {@code .env} beside the schema, then the one in the working directory; SQLite {@code file:} paths
 * relative to the schema's folder. The CLI, the Maven plugin and the Spring starter share it.
 *
 * @param loaded      the schema as read from disk
 * @param schema      the validated schema
 * @param datasource  its datasource block
 * @param url         the resolved database URL
 * @param environment where variables were read from
 */
public record ProjectDatabase(LoadedSchema loaded, Schema schema, Datasource datasource, ConnectionUrl url,
        Environment environment) {

    /**
     * Resolves the database of {@code schema}.
     *
     * @return empty when the schema has no datasource block
     * @throws dev.refract.dialect.error.DatabaseException P1012 for a missing variable, P1013 for a bad URL
     */
    public static Optional<ProjectDatabase> resolve(LoadedSchema loaded, Schema schema,
            Map<String, String> processEnvironment, Path workingDir) {
        Optional<Datasource> datasource = schema.datasource();
        if (datasource.isEmpty()) {
            return Optional.empty();
        }
        Path folder = schemaFolder(loaded);
        Environment environment = Environment.load(processEnvironment, List.of(folder, workingDir));
        ConnectionUrl url = DatasourceUrls.resolve(datasource.get(), folder, environment);
        return Optional.of(new ProjectDatabase(loaded, schema, datasource.get(), url, environment));
    }

    /** The folder holding the schema (the schema folder itself for a multi-file schema). */
    public static Path schemaFolder(LoadedSchema loaded) {
        return Files.isDirectory(loaded.location()) ? loaded.location() : loaded.location().getParent();
    }

    /** The {@code migrations} folder beside the schema. */
    public Path migrationsDirectory() {
        return MigrationsDirectory.besideSchema(loaded.location());
    }

    /** The migration history of this database and the schema's migrations folder. */
    public Migrations migrations(MigrationListener listener) {
        return Migrations.builder(url, migrationsDirectory())
                .provider(datasource.provider())
                .namespaces(datasource.schemas())
                .environment(environment)
                .listener(listener)
                .build();
    }
}
