package dev.refract.bench.peers.data;

import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.dialect.url.Environment;
import dev.refract.migrate.diff.DestructiveChanges;
import dev.refract.migrate.engine.MigrateEngine;
import dev.refract.migrate.engine.PushListener;
import dev.refract.migrate.engine.Project;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * One benchmark dataset: a PostgreSQL database created from a Prisma schema by refract-migrate's engine
 * ({@code db push}, the same DDL as Prisma's migrations), extra DDL, then seeded with
 * {@code INSERT ... SELECT generate_series} (deterministic: every value is a function of the row number).
 * A marker table {@code _bench_dataset} holds the dataset's name, version and scale: a database whose
 * marker matches is reused as it is, anything else is dropped and rebuilt.
 */
public final class Dataset {
    /** The server: 127.0.0.1:5432 as postgres, or {@code REFRACT_BENCH_PG} (host:port). */
    public static String server() {
        // the system property refract.bench.pg first, read on each use, so a test can point the
        // datasets at the server its test kit found (the embedded fallback, say)
        return System.getProperty("refract.bench.pg", System.getenv().getOrDefault("REFRACT_BENCH_PG", "127.0.0.1:5432"));
    }

    private final String name;
    private final String database;
    private final int version;
    private final String schemaResource;
    private final List<String> extraDdl;
    private final List<String> seed;
    private final String scale;
    private final List<String> restore;
    private final java.util.function.UnaryOperator<String> schemaEdit;

    Dataset(String name, String database, int version, String schemaResource, List<String> extraDdl, List<String> seed,
            String scale, List<String> restore) {
        this(name, database, version, schemaResource, java.util.function.UnaryOperator.identity(), extraDdl, seed, scale, restore);
    }

    /** With {@code schemaEdit} applied to the schema resource's text (an index added, say). */
    Dataset(String name, String database, int version, String schemaResource, java.util.function.UnaryOperator<String> schemaEdit,
            List<String> extraDdl, List<String> seed, String scale, List<String> restore) {
        this.schemaEdit = schemaEdit;
        this.restore = restore;
        this.name = name;
        this.database = database;
        this.version = version;
        this.schemaResource = schemaResource;
        this.extraDdl = extraDdl;
        this.seed = seed;
        this.scale = scale;
    }

    public String name() {
        return name;
    }

    public String database() {
        return database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + server() + "/" + database + "?user=postgres";
    }

    /** The URL as Prisma (and Refract's URL parser) take it. */
    public String prismaUrl() {
        return "postgresql://postgres@" + server() + "/" + database;
    }

    public Schema schema() {
        return PrismaSchema.validate("schema.prisma", schemaText()).resolved()
                .orElseThrow(() -> new IllegalStateException("invalid schema " + schemaResource));
    }

    public String schemaText() {
        try (InputStream in = Dataset.class.getResourceAsStream(schemaResource)) {
            return schemaEdit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates and seeds the database unless it already holds this dataset (then only puts back what the
     * state-changing workloads touch); returns true when it (re)built it.
     */
    public boolean ensure() throws SQLException {
        if (upToDate()) {
            // Undo what an interrupted run may have left (rows it created, values it changed).
            try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement st = c.createStatement()) {
                for (String sql : restore) {
                    st.execute(sql);
                }
            }
            return false;
        }
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + server() + "/postgres?user=postgres");
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            st.execute("CREATE DATABASE \"" + database + "\"");
        }
        MigrateEngine.of(Project.withoutShadowDatabase(schema(), ConnectionUrl.parse(prismaUrl()), Path.of("schema.prisma"),
                Environment.of(Map.of()))).push(false, new PushListener() {
            @Override
            public void unexecutable(List<DestructiveChanges.Finding> steps) {
                throw new IllegalStateException("cannot push " + schemaResource + ": " + steps);
            }

            @Override
            public boolean confirmWarnings(List<DestructiveChanges.Finding> warnings) {
                return true;
            }
        });
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement st = c.createStatement()) {
            for (String sql : extraDdl) {
                st.execute(sql);
            }
            for (String sql : seed) {
                st.execute(sql);
            }
            st.execute("CREATE TABLE _bench_dataset (name text, version int, scale text)");
            st.execute("INSERT INTO _bench_dataset VALUES ('" + name + "', " + version + ", '" + scale + "')");
            st.execute("VACUUM ANALYZE");
        }
        return true;
    }

    private boolean upToDate() {
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, version, scale FROM _bench_dataset")) {
            return rs.next() && name.equals(rs.getString(1)) && rs.getInt(2) == version && scale.equals(rs.getString(3));
        } catch (SQLException e) {
            return false;
        }
    }
}
