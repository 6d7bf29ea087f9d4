package dev.refract.bench;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.migrate.calculate.SqlSchemaCalculator;
import dev.refract.migrate.describe.Describer;
import dev.refract.migrate.diff.Migration;
import dev.refract.migrate.diff.SchemaDiffer;
import dev.refract.migrate.render.MigrationRenderer;
import dev.refract.migrate.sqlschema.SqlSchema;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.diagnostics.SourceFile;
import dev.refract.schema.model.Provider;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code migrate diff --from-url --to-schema} and {@code migrate dev}'s drift check spend on a
 * large schema: describe a live database and diff it against the schema it was created from.
 * The setup creates a fresh database on the local server (PostgreSQL at 127.0.0.1:5432 as
 * {@code postgres}, or {@code -Drefract.bench.postgres=URL}; MariaDB/MySQL at 127.0.0.1:3306 as
 * {@code root}, or {@code -Drefract.bench.mysql=URL}) with our own from-empty SQL, and drops it at the
 * end. Schemas: inbox-zero (the PostgreSQL schema with the most tables, 74) and langfuse (the largest
 * PostgreSQL file), on PostgreSQL; dub (the largest corpus schema, 85 models, MySQL), on MariaDB.
 * Target: describe + diff under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DescribeAndDiffBenchmark {

    @Param({"elie222__inbox-zero.prisma", "langfuse__langfuse.prisma", "dubinc__dub"})
    public String schema;

    private List<SourceFile> files;
    private Dialect dialect;
    private SqlSchema calculated;
    private SchemaDiffer differ;
    private ConnectionUrl server;
    private String database;
    private Connection connection;

    @Setup
    public void createDatabase() throws IOException, SQLException {
        files = SharedCorpus.schema(schema);
        ValidationResult validation = PrismaSchema.validate(files);
        if (!validation.isValid()) {
            throw new IllegalStateException("corpus schema does not validate:\n" + validation.render(false));
        }
        Provider provider = validation.resolved().orElseThrow().provider().orElseThrow();
        dialect = Dialect.of(provider);
        calculated = SqlSchemaCalculator.calculate(validation.resolved().orElseThrow(), dialect);
        server = ConnectionUrl.parse(provider == Provider.MYSQL
                ? System.getProperty("refract.bench.mysql", "mysql://root@127.0.0.1:3306/mysql")
                : System.getProperty("refract.bench.postgres", "postgresql://postgres@127.0.0.1:5432/postgres"));
        database = "refract_bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
        ConnectionUrl url = server.withDatabase(database);
        dialect.connections().createDatabase(url);
        connection = dialect.connections().openForScripts(url);
        differ = provider == Provider.MYSQL && isMariaDb(connection) ? SchemaDiffer.mariaDb() : SchemaDiffer.of(dialect);
        String script = MigrationRenderer.of(dialect).script(differ.diff(SqlSchema.EMPTY, calculated));
        dialect.connections().runScript(connection, script);
        Migration check = describeAndDiff();
        if (!check.isEmpty()) {
            throw new IllegalStateException(schema + ": the database does not match its schema: "
                    + check.steps().size() + " steps");
        }
    }

    @TearDown
    public void dropDatabase() throws SQLException {
        connection.close();
        try (Connection admin = dialect.connections().open(server); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE " + dialect.quote(database));
        }
    }

    /** Describe the database, then diff it against the calculated schema (no steps). */
    @Benchmark
    public Migration describeAndDiff() {
        SqlSchema described = Describer.forDialect(dialect, List.of()).describe(connection);
        return differ.diff(described, calculated);
    }

    /** The whole {@code migrate diff --from-url --to-schema}: validate, calculate, describe, diff. */
    @Benchmark
    public Migration validateCalculateDescribeAndDiff() {
        SqlSchema target = SqlSchemaCalculator.calculate(PrismaSchema.validate(files).resolved().orElseThrow(), dialect);
        SqlSchema described = Describer.forDialect(dialect, List.of()).describe(connection);
        return differ.diff(described, target);
    }

    private static boolean isMariaDb(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
    }
}
