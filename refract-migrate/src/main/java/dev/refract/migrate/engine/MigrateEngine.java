package dev.refract.migrate.engine;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.history.Migrations;
import dev.refract.migrate.introspect.IntrospectionResult;
import dev.refract.migrate.introspect.Introspector;
import dev.refract.migrate.introspect.PreviousSchema;
import dev.refract.migrate.sqlschema.SqlSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The development commands of Prisma Migrate over one {@link Project}: {@code migrate dev},
 * {@code migrate reset}, {@code db push}, {@code db pull}, and {@code migrate diff} (which needs no
 * project). Adapters (the CLI, the Maven plugin) print and ask; this class decides and acts, with
 * Prisma's rules, folders and {@code _prisma_migrations} rows.
 *
 * <pre>{@code
 * MigrateEngine engine = MigrateEngine.of(Project.of(schema, url, schemaPath, environment));
 * DevResult result = engine.dev(false, listener);     // migrate dev
 * PushResult pushed = engine.push(false, pushListener);
 * DiffResult diff = MigrateEngine.diff(new DiffSource.Empty(), new DiffSource.Datamodel(schema), DiffOptions.NONE);
 * }</pre>
 *
 * Failures are {@link dev.refract.dialect.error.DatabaseException}s with Prisma's codes (P1001,
 * P3006, P3014, P3018...).
 */
public final class MigrateEngine {
    private final Project project;
    private final Clock clock;

    private MigrateEngine(Project project, Clock clock) {
        this.project = Objects.requireNonNull(project, "project");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public static MigrateEngine of(Project project) {
        return new MigrateEngine(project, Clock.systemUTC());
    }

    /** The same engine with another clock (new migration folders are named after its time). */
    public MigrateEngine withClock(Clock value) {
        return new MigrateEngine(project, value);
    }

    public Project project() {
        return project;
    }

    /**
     * {@code migrate dev}: checks the history against the database and the shadow database (a reset
     * is offered through the listener), applies pending migrations, then writes the migration from the
     * history to the schema and applies it ({@code createOnly}: writes it, even empty, and stops).
     */
    public DevResult dev(boolean createOnly, DevListener listener) {
        return new DevWorkflow(project, migrations(), clock).run(createOnly, listener);
    }

    /** Creates the database when it does not exist; Prisma's message when it did. */
    public Optional<String> ensureDatabaseExists() {
        return migrations().ensureDatabaseExists();
    }

    /**
     * {@code migrate reset} (after the caller's confirmation): empties the database and applies every
     * migration of the folder; returns the migrations applied.
     */
    public List<String> reset() {
        Migrations migrations = migrations();
        migrations.ensureDatabaseExists();
        project.dialect().connections().reset(project.url(), project.namespaces());
        return migrations.deploy().applied();
    }

    /** {@code db push}: see {@link PushListener} for the questions it may ask. */
    public PushResult push(boolean forceReset, PushListener listener) {
        return new PushWorkflow(project, migrations()).run(forceReset, listener);
    }

    /**
     * {@code db pull}: introspects the database into a Prisma schema, keeping what {@code previous}
     * says (names, comments, the datasource block); see {@link Introspector}.
     */
    public IntrospectionResult pull(Optional<PreviousSchema> previous) {
        Dialect dialect = project.dialect();
        SqlSchema described;
        try (Connection connection = dialect.connections().open(project.url())) {
            described = Describer.forDialect(dialect, project.describedNamespaces()).describe(connection);
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
        return Introspector.introspect(described, project.provider(), previous);
    }

    /** {@code migrate diff}: the steps from {@code from} to {@code to}. Read-only. */
    public static DiffResult diff(DiffSource from, DiffSource to, DiffOptions options) {
        return SchemaDiff.run(from, to, options);
    }

    private Migrations migrations() {
        return Migrations.builder(project.url(), project.migrationsDirectory())
                .provider(project.provider())
                .namespaces(project.namespaces())
                .environment(project.environment())
                .build();
    }
}
