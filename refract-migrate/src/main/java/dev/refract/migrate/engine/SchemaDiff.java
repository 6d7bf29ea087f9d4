package dev.refract.migrate.engine;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.history.MigrationLockFile;
import dev.refract.migrate.history.MigrationsDirectory;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.model.Provider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code migrate diff}: resolves both sides to database schemas of one provider and diffs them, as
 * Prisma's {@code diff} command: the {@code from} side's database decides the dialect, an empty side
 * takes the other's, and the schemas named by datamodel sides are the ones described on the others.
 */
final class SchemaDiff {
    private SchemaDiff() {
    }

    /** A side resolved: its provider, its schema, and a differ when a live server told us its kind. */
    private record Side(Provider provider, SqlSchema schema, Optional<SchemaDiffer> liveDiffer) {
    }

    static DiffResult run(DiffSource from, DiffSource to, DiffOptions options) {
        Set<String> namespaces = new LinkedHashSet<>();
        boolean extensions = false;
        for (DiffSource source : List.of(from, to)) {
            if (source instanceof DiffSource.Datamodel model) {
                namespaces.addAll(model.schema().datasource().orElseThrow().schemas());
                extensions |= Databases.managesExtensions(model.schema());
            }
        }
        List<String> schemas = List.copyOf(namespaces);
        Optional<Side> before = resolve(from, schemas, options);
        Optional<Side> after = resolve(to, schemas, options);
        Side main = before.or(() -> after).orElseThrow(EngineErrors::noConnectorForDiff);
        if (before.isPresent() && after.isPresent()
                && family(before.get().provider()) != family(after.get().provider())) {
            throw EngineErrors.providersDiffer(before.get().provider().id(), after.get().provider().id());
        }
        Dialect dialect = Dialect.of(main.provider());
        SchemaDiffer differ = before.flatMap(Side::liveDiffer)
                .or(() -> after.flatMap(Side::liveDiffer))
                .orElseGet(() -> SchemaDiffer.of(dialect));
        SqlSchema fromSchema = Databases.forDiff(before.map(Side::schema).orElse(SqlSchema.EMPTY), extensions);
        SqlSchema toSchema = Databases.forDiff(after.map(Side::schema).orElse(SqlSchema.EMPTY), extensions);
        return new DiffResult(differ.diff(fromSchema, toSchema), dialect);
    }

    private static Provider family(Provider provider) {
        return provider == Provider.COCKROACHDB ? Provider.POSTGRESQL : provider;
    }

    private static Optional<Side> resolve(DiffSource source, List<String> namespaces, DiffOptions options) {
        if (source instanceof DiffSource.Empty) {
            return Optional.empty();
        }
        if (source instanceof DiffSource.Datamodel model) {
            Provider provider = model.schema().provider().orElseThrow();
            return Optional.of(new Side(provider, SqlSchemaCalculator.calculate(model.schema(), Dialect.of(provider)),
                    Optional.empty()));
        }
        if (source instanceof DiffSource.Database database) {
            return Optional.of(describe(database.url(), namespaces));
        }
        DiffSource.MigrationsFolder migrations = (DiffSource.MigrationsFolder) source;
        return Optional.of(replay(migrations, namespaces, options));
    }

    private static Side describe(ConnectionUrl url, List<String> namespaces) {
        Dialect dialect = Dialect.of(url.provider());
        try (Connection connection = dialect.connections().open(url)) {
            SqlSchema schema = Describer.forDialect(dialect, Databases.describedNamespaces(url, namespaces))
                    .describe(connection);
            return new Side(url.provider(), schema, Optional.of(SchemaDiffer.of(dialect, connection)));
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }

    private static Side replay(DiffSource.MigrationsFolder source, List<String> namespaces, DiffOptions options) {
        MigrationsDirectory folder = MigrationsDirectory.read(source.directory());
        Provider provider = folder.lockFile().map(MigrationLockFile::provider).flatMap(Provider::parse)
                .orElseThrow(EngineErrors::noLockFile);
        Optional<ConnectionUrl> server = options.shadowServer()
                .filter(url -> family(url.provider()) == family(provider));
        try (ShadowDatabase shadow = ShadowDatabase.open(provider, options.shadowDatabaseUrl(), server, namespaces)) {
            SqlSchema schema = shadow.apply(folder.migrations());
            return new Side(provider, schema, Optional.of(shadow.differ()));
        }
    }
}
