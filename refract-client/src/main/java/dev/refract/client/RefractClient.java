package dev.refract.client;

import dev.refract.client.dynamic.QueryParser;
import dev.refract.client.internal.exec.CountExecutor;
import dev.refract.client.internal.exec.ReadExecutor;
import dev.refract.client.internal.exec.Statements;
import dev.refract.client.query.CountQuery;
import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.Dialect;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The runtime client for one schema and database. {@link #execute} is the dynamic entry point:
 * Prisma's model name, action and argument shape as maps, Prisma-shaped results (records as
 * {@code Map}s by field name, lists, numbers). Generated typed clients build the query model and
 * call {@link #findMany(ReadQuery)} and friends directly.
 */
public final class RefractClient {
    /** Parent keys per child statement unless configured: far below every database's parameter limit. */
    public static final int DEFAULT_CHUNK_SIZE = 10_000;

    private final Schema schema;
    private final ConnectionSource connections;
    private final QueryParser parser;
    private final ReadExecutor reads;
    private final CountExecutor counts;

    private RefractClient(Builder builder) {
        this.schema = builder.schema;
        this.connections = builder.connections;
        Dialect dialect = builder.dialect != null ? builder.dialect
                : Dialect.of(schema.provider().orElseThrow(() -> new IllegalArgumentException("the schema has no datasource")));
        Statements statements = new Statements(dialect, builder.listener);
        this.parser = new QueryParser(schema);
        this.reads = new ReadExecutor(statements, builder.chunkSize);
        this.counts = new CountExecutor(statements);
    }

    /** A client for a validated schema, its connections taken from {@code connections}. */
    public static Builder builder(Schema schema, ConnectionSource connections) {
        return new Builder(schema, connections);
    }

    public Schema schema() {
        return schema;
    }

    /**
     * Runs one operation given as Prisma's JSON protocol carries it: {@code execute("User", "findMany",
     * Map.of("where", Map.of("email", Map.of("contains", "@x.io"))))}. Actions: findMany, findFirst,
     * findFirstOrThrow, findUnique, findUniqueOrThrow, count.
     *
     * @throws RefractValidationException (P2009) for arguments that do not fit the schema
     * @throws RefractException P2025 when an OrThrow action finds nothing
     */
    public Object execute(String modelName, String action, Map<String, Object> args) {
        Model model = schema.model(modelName).filter(m -> !m.isIgnored())
                .orElseThrow(() -> new RefractValidationException(modelName, "", "Unknown model `" + modelName + "`"));
        Map<String, Object> a = args == null ? Map.of() : args;
        return switch (action) {
            case "findMany" -> findMany(parser.many(model, a));
            case "findFirst" -> findFirst(parser.many(model, a));
            case "findFirstOrThrow" -> orThrow(findFirst(parser.many(model, a)), model);
            case "findUnique" -> findUnique(parser.unique(model, a));
            case "findUniqueOrThrow" -> orThrow(findUnique(parser.unique(model, a)), model);
            case "count" -> count(parser.count(model, a));
            default -> throw new RefractValidationException(modelName, "", "Unknown or unsupported action `" + action + "`");
        };
    }

    public List<Map<String, Object>> findMany(ReadQuery query) {
        return withConnection(c -> reads.findMany(c, query));
    }

    /** The first record in the query's order, or null; a negative take counts from the end. */
    public Map<String, Object> findFirst(ReadQuery query) {
        int take = query.take() != null && query.take() < 0 ? -1 : 1;
        List<Map<String, Object>> rows = findMany(query.withTake(take));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The record the query's unique criterion identifies, or null. */
    public Map<String, Object> findUnique(ReadQuery query) {
        return findFirst(query);
    }

    /** A number, or a record of counts when the query selects ({@code _all}, fields). */
    public Object count(CountQuery query) {
        return withConnection(c -> counts.count(c, query));
    }

    private static Object orThrow(Object result, Model model) {
        if (result == null) {
            throw RefractException.notFound(model.name());
        }
        return result;
    }

    private interface Work<T> {
        T run(Connection connection);
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection connection = connections.open()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new RefractException("P1001", "Can't reach database server: " + e.getMessage(), Map.of(), e);
        }
    }

    /** Configures a client; {@link #build()} seals it. */
    public static final class Builder {
        private final Schema schema;
        private final ConnectionSource connections;
        private Dialect dialect;
        private StatementListener listener;
        private int chunkSize = DEFAULT_CHUNK_SIZE;

        private Builder(Schema schema, ConnectionSource connections) {
            this.schema = Objects.requireNonNull(schema, "schema");
            this.connections = Objects.requireNonNull(connections, "connections");
        }

        /** The dialect when it differs from the schema's provider (tests running one schema on several databases). */
        public Builder dialect(Dialect value) {
            this.dialect = value;
            return this;
        }

        /** Told about every statement (SQL, parameters, duration). */
        public Builder statementListener(StatementListener value) {
            this.listener = value;
            return this;
        }

        /** The most parent keys one {@code IN} list carries (also capped by the database's parameter limit). */
        public Builder chunkSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("chunkSize must be at least 1");
            }
            this.chunkSize = value;
            return this;
        }

        public RefractClient build() {
            return new RefractClient(this);
        }
    }
}
