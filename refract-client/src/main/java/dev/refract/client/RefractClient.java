package dev.refract.client;

import dev.refract.client.dynamic.QueryParser;
import dev.refract.client.dynamic.WriteParser;
import dev.refract.client.internal.exec.Failures;
import dev.refract.client.internal.exec.AggregateExecutor;
import dev.refract.client.internal.exec.CountExecutor;
import dev.refract.client.internal.exec.RawExecutor;
import dev.refract.client.internal.exec.ReadExecutor;
import dev.refract.client.internal.exec.Statements;
import dev.refract.client.internal.exec.StreamExecutor;
import dev.refract.client.internal.log.ClientLog;
import dev.refract.client.internal.pool.PoolLease;
import dev.refract.client.internal.pool.PoolRegistry;
import dev.refract.client.query.AggregateQuery;
import dev.refract.client.query.CountQuery;
import dev.refract.client.query.GroupByQuery;
import dev.refract.client.query.Filter;
import dev.refract.client.query.ReadQuery;
import dev.refract.client.query.Selection;
import dev.refract.client.query.WriteData;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The runtime client for one schema and database. {@link #execute} is the dynamic entry point:
 * Prisma's model name, action and argument shape as maps, Prisma-shaped results (records as
 * {@code Map}s by field name, lists, numbers). Generated typed clients build the query model and
 * call {@link #findMany(ReadQuery)} and friends directly.
 *
 * <p>A client built from a URL ({@link #builder(Schema, ConnectionUrl)}) shares the process-wide pool
 * for that database and settings with every other such client; {@link #close()} gives its share back,
 * and a client that is dropped without closing gives it back once garbage collected. No singleton is
 * needed: creating clients repeatedly (per request, per dev-server reload) never opens more than
 * {@code connection_limit} connections per database.
 */
public final class RefractClient implements AutoCloseable {
    /** Parent keys per child statement unless configured: far below every database's parameter limit. */
    public static final int DEFAULT_CHUNK_SIZE = 10_000;

    private final Schema schema;
    private final Dialect dialect;
    private final ConnectionSource connections;
    private final QueryParser parser;
    private final ReadExecutor reads;
    private final CountExecutor counts;
    private final AggregateExecutor aggregates;
    private final WriteActions writes;
    private final Statements statements;
    private final RawExecutor raw;
    private final StreamExecutor streams;
    private final ClientLog log;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();
    private final PoolLease lease;

    private RefractClient(Builder builder) {
        this.schema = builder.schema;
        this.dialect = builder.dialect != null ? builder.dialect
                : Dialect.of(schema.provider().orElseThrow(() -> new IllegalArgumentException("the schema has no datasource")));
        this.lease = builder.url == null ? null : PoolRegistry.global().lease(this.dialect, builder.url, this);
        this.connections = lease != null ? lease : builder.connections;
        this.log = new ClientLog(builder.logLevels, builder.listener, builder.queryListeners, builder.logListeners);
        this.statements = new Statements(this.dialect, log);
        this.parser = new QueryParser(schema);
        this.reads = new ReadExecutor(statements, builder.chunkSize);
        this.raw = new RawExecutor(statements);
        this.streams = new StreamExecutor(statements, reads, builder.chunkSize);
        if (lease != null) {
            PoolStats stats = lease.stats();
            if (stats.clients() == 1) {
                log.info("Starting a " + dialect.provider().id() + " pool of at most " + stats.connectionLimit() + " connections",
                        "pool");
            }
        }
        this.counts = new CountExecutor(statements);
        this.aggregates = new AggregateExecutor(statements);
        this.writes = new WriteActions(parser, new WriteParser(schema), statements, reads);
    }

    /** A client for a validated schema, its connections taken from {@code connections} (which the caller closes, if anything). */
    public static Builder builder(Schema schema, ConnectionSource connections) {
        return new Builder(schema, Objects.requireNonNull(connections, "connections"), null);
    }

    /**
     * A client for a validated schema on the database {@code url} names, its connections from the
     * process-wide pool for that URL and its pool parameters ({@code connection_limit},
     * {@code pool_timeout}...). Close it when done; one dropped without closing is released when
     * collected.
     */
    public static Builder builder(Schema schema, ConnectionUrl url) {
        return new Builder(schema, null, Objects.requireNonNull(url, "url"));
    }

    private static final Set<String> RAW_ACTIONS = Set.of("queryRaw", "executeRaw");

    /** Every open shared pool: database, settings, clients, and active/idle/waiting/total connections. */
    public static List<PoolStats> pools() {
        return PoolRegistry.global().stats();
    }

    /** This client's shared pool, now; empty for a client on a caller's {@link ConnectionSource}. */
    public Optional<PoolStats> pool() {
        return lease == null ? Optional.empty() : Optional.of(lease.stats());
    }

    /**
     * Gives this client's share of its pool back (the last client of a pool closes it). Idempotent;
     * a client on a caller's {@link ConnectionSource} has nothing to give back. Operations afterwards fail.
     */
    @Override
    public void close() {
        if (lease != null) {
            lease.release();
        }
    }

    public Schema schema() {
        return schema;
    }

    /**
     * Runs one operation given as Prisma's JSON protocol carries it: {@code execute("User", "findMany",
     * Map.of("where", Map.of("email", Map.of("contains", "@x.io"))))}. Reads: findMany, findFirst,
     * findFirstOrThrow, findUnique, findUniqueOrThrow, count, aggregate, groupBy. Writes (each in one transaction, nested
     * writes included): create, createMany, createManyAndReturn, update, updateMany, updateManyAndReturn, upsert, delete,
     * deleteMany; they return the record shaped by select/include/omit, or {@code {count: n}}.
     *
     * <p>Raw SQL, as Prisma's protocol carries {@code $queryRaw}/{@code $executeRaw}: model null, action
     * {@code queryRaw} or {@code executeRaw}, args {@code {query: "SELECT ... WHERE id = ?", parameters: [1]}}
     * with JDBC {@code ?} placeholders on every database (on PostgreSQL also {@code $1, $2}, as Prisma
     * takes them there); rows as by {@link #queryRaw(Sql)}, or the count.
     *
     * @throws RefractValidationException (P2009) for arguments that do not fit the schema
     * @throws RefractException P2025 when an OrThrow action, update or delete finds nothing; P2002,
     *         P2003, P2011, P2000, P2034... when the database refuses a write
     */
    public Object execute(String modelName, String action, Map<String, Object> args) {
        return execute(null, modelName, action, args);
    }

    Object execute(Transaction tx, String modelName, String action, Map<String, Object> args) {
        if (modelName == null && RAW_ACTIONS.contains(action)) {
            return rawAction(tx, action, args == null ? Map.of() : args);
        }
        Model model = schema.model(modelName).filter(m -> !m.isIgnored())
                .orElseThrow(() -> new RefractValidationException(modelName, "", "Unknown model `" + modelName + "`"));
        Map<String, Object> a = args == null ? Map.of() : args;
        if (WriteActions.ACTIONS.contains(action)) {
            WriteActions.Prepared write = writes.prepare(model, action, a);
            return write.oneStatement() ? single(tx, write.work()::apply) : inTransaction(tx, write.work()::apply);
        }
        return switch (action) {
            // arguments are parsed before a connection is taken
            case "findMany" -> {
                ReadQuery q = parser.many(model, a);
                yield on(tx, c -> reads.findMany(c, q));
            }
            case "findFirst", "findFirstOrThrow" -> {
                ReadQuery q = parser.many(model, a);
                Object found = on(tx, c -> first(c, q));
                yield action.equals("findFirst") ? found : orThrow(found, model);
            }
            case "findUnique", "findUniqueOrThrow" -> {
                ReadQuery q = parser.unique(model, a);
                Object found = on(tx, c -> first(c, q));
                yield action.equals("findUnique") ? found : orThrow(found, model);
            }
            case "count" -> on(tx, c -> counts.count(c, parser.count(model, a)));
            case "aggregate" -> on(tx, c -> aggregates.aggregate(c, parser.aggregate(model, a)));
            case "groupBy" -> on(tx, c -> aggregates.groupBy(c, parser.groupBy(model, a)));
            default -> throw new RefractValidationException(modelName, "", "Unknown or unsupported action `" + action + "`");
        };
    }

    /**
     * Runs {@code work} in one database transaction with Prisma's defaults: committed when it returns,
     * rolled back when it throws (the exception propagates). Called inside a transaction on the same
     * thread, it joins the outer transaction.
     */
    public <T> T transaction(Function<Transaction, T> work) {
        return transaction(TransactionOptions.DEFAULTS, work);
    }

    /** As {@link #transaction(Function)} with an isolation level and a timeout (P2028 when exceeded). */
    public <T> T transaction(TransactionOptions options, Function<Transaction, T> work) {
        Transaction outer = current.get();
        if (outer != null) {
            return work.apply(outer);
        }
        try (Connection connection = connections.open()) {
            boolean autoCommit = connection.getAutoCommit();
            if (options.isolationLevel() != null) {
                connection.setTransactionIsolation(options.isolationLevel().jdbc());
            }
            connection.setAutoCommit(false);
            Transaction tx = new Transaction(this, connection, options);
            current.set(tx);
            Throwable failure = null;
            try {
                T result = work.apply(tx);
                tx.connection("commit");
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                failure = e;
                rollback(connection, e);
                throw e;
            } finally {
                tx.finish();
                current.remove();
                try {
                    connection.setAutoCommit(autoCommit);
                } catch (SQLException restore) {
                    // a connection the pool closed after a fatal error: the work's own failure is reported
                    if (failure == null) {
                        throw restore;
                    }
                    failure.addSuppressed(restore);
                }
            }
        } catch (SQLException e) {
            throw Failures.translate(dialect, e, null, null);
        }
    }

    /** A batch: the operations in order in one transaction, all or nothing; their results in order. */
    public List<Object> transaction(List<Operation> operations) {
        return transaction(tx -> {
            List<Object> results = new ArrayList<>();
            for (Operation op : operations) {
                results.add(tx.execute(op.model(), op.action(), op.args()));
            }
            return results;
        });
    }

    /**
     * The rows of a raw query, each a map from column label to value: {@code queryRaw(Sql.of("SELECT id,
     * email FROM \"User\" WHERE id = ", id))}. Values are typed by the column's SQL type as Prisma types
     * raw results: Integer, Long (bigint, counts), BigDecimal (numeric, sums on MySQL), Double, Boolean,
     * Instant (timestamps, dates, times), byte[], List (arrays), String (text, Json text, uuid, anything
     * else). Inside a transaction open on this thread, runs in it.
     *
     * @throws RefractException P2010 with the database's code and message when the database refuses it
     */
    public List<Map<String, Object>> queryRaw(Sql sql) {
        return on(null, c -> raw.query(c, sql.sql(), sql.values(), "queryRaw"));
    }

    /**
     * The rows of a raw query as records of {@code type}: each component takes the column of its name
     * (exactly, ignoring case, or ignoring case and underscores), converted to the component's type.
     *
     * @throws IllegalArgumentException when {@code type} is not a record, or a component has no column
     */
    public <R> List<R> queryRaw(Sql sql, Class<R> type) {
        return on(null, c -> raw.query(c, sql.sql(), sql.values(), type, "queryRaw"));
    }

    /** Runs a raw statement (INSERT, UPDATE, DELETE, DDL); the number of rows it changed. P2010 on failure. */
    public int executeRaw(Sql sql) {
        return on(null, c -> raw.execute(c, sql.sql(), sql.values(), "executeRaw"));
    }

    /**
     * As {@link #queryRaw(Sql)} for SQL text built at run time, with JDBC {@code ?} placeholders for
     * {@code parameters} (on PostgreSQL also Prisma's {@code $1, $2}). Whatever is concatenated into
     * {@code sql} is executed: never user input.
     */
    public List<Map<String, Object>> queryRawUnsafe(String sql, Object... parameters) {
        RenderedSql statement = dialect.nativeRawSql(sql, Arrays.asList(parameters));
        return on(null, c -> raw.query(c, statement.sql(), statement.parameters(), "queryRawUnsafe"));
    }

    /** As {@link #queryRaw(Sql, Class)} for SQL text built at run time (see {@link #queryRawUnsafe(String, Object...)}). */
    public <R> List<R> queryRawUnsafe(Class<R> type, String sql, Object... parameters) {
        RenderedSql statement = dialect.nativeRawSql(sql, Arrays.asList(parameters));
        return on(null, c -> raw.query(c, statement.sql(), statement.parameters(), type, "queryRawUnsafe"));
    }

    /** As {@link #executeRaw(Sql)} for SQL text built at run time (see {@link #queryRawUnsafe(String, Object...)}). */
    public int executeRawUnsafe(String sql, Object... parameters) {
        RenderedSql statement = dialect.nativeRawSql(sql, Arrays.asList(parameters));
        return on(null, c -> raw.execute(c, statement.sql(), statement.parameters(), "executeRawUnsafe"));
    }

    /**
     * The records the query reads, as a stream read in constant memory: the database sends rows in
     * batches (a server-side cursor on PostgreSQL, the driver's streaming on MySQL/MariaDB, SQLite's
     * step-by-step reads), and included relations are loaded per chunk of 1000 records (or the
     * configured {@link Builder#chunkSize}, when smaller): one statement per relation and chunk, never
     * one per record. The stream holds a connection (and, on
     * PostgreSQL, a read transaction) until it is closed or read to the end: use it in
     * try-with-resources. Inside a transaction open on this thread, it reads on the transaction's
     * connection. A negative take is not supported (use findMany).
     */
    public Stream<Map<String, Object>> stream(ReadQuery query) {
        Transaction tx = current.get();
        if (tx != null) {
            return streams.open(tx.connection("query"), false, null, query);
        }
        Connection connection;
        try {
            connection = connections.open();
        } catch (SQLException e) {
            throw Failures.translate(dialect, e, null, null);
        }
        return streams.open(connection, true, connections::open, query);
    }

    /** The records the query reads; inside a transaction open on this thread, on its connection. */
    public List<Map<String, Object>> findMany(ReadQuery query) {
        return on(null, c -> reads.findMany(c, query));
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

    /**
     * Creates a record with its nested writes (one transaction); the record shaped by {@code selection}.
     * Without nested writes or relations in the selection, on a database with RETURNING, it is one
     * {@code INSERT ... RETURNING} statement without a transaction of its own (so are update, delete and
     * a native upsert in the same case, their where on the model's own columns).
     */
    public Map<String, Object> create(WriteData data, Selection selection) {
        Work<Map<String, Object>> work = c -> writes.create(c, data, WriteActions.now(), selection);
        return writes.isOneStatement(data, selection) ? single(null, work) : inTransaction(null, work);
    }

    /** Inserts the rows (scalar data only), one INSERT per chunk; how many were inserted. */
    public int createMany(Model model, List<WriteData> rows, boolean skipDuplicates) {
        return inTransaction(null, c -> writes.createMany(c, model, rows, skipDuplicates, WriteActions.now()));
    }

    /** As {@link #createMany}, returning the records (databases with RETURNING). */
    public List<Map<String, Object>> createManyAndReturn(Model model, List<WriteData> rows, boolean skipDuplicates, Selection selection) {
        return inTransaction(null, c -> writes.createManyAndReturn(c, model, rows, skipDuplicates, selection, WriteActions.now()));
    }

    /** Updates the record a unique {@code where} finds (P2025 when none). */
    public Map<String, Object> update(Model model, Filter where, WriteData data, Selection selection) {
        Work<Map<String, Object>> work = c -> writes.update(c, model, where, data, selection, WriteActions.now());
        return writes.isOneStatement(model, where, data, selection) ? single(null, work) : inTransaction(null, work);
    }

    /** Updates every record {@code where} finds (scalar data only); how many. */
    public int updateMany(Model model, Filter where, WriteData data) {
        return updateMany(model, where, data, null);
    }

    /**
     * As {@link #updateMany(Model, Filter, WriteData)}, changing at most {@code limit} of the records
     * (Prisma's {@code limit}; null for all, P2009 when negative).
     */
    public int updateMany(Model model, Filter where, WriteData data, Integer limit) {
        Integer checked = WriteParser.checkLimit(model, limit);
        return inTransaction(null, c -> writes.updateMany(c, model, where, data, WriteActions.now(), checked));
    }

    /**
     * As {@link #updateMany(Model, Filter, WriteData, Integer)}, returning the changed records shaped by
     * {@code selection}, in key order (databases with RETURNING, as in Prisma; P2009 elsewhere).
     */
    public List<Map<String, Object>> updateManyAndReturn(Model model, Filter where, WriteData data, Integer limit,
            Selection selection) {
        Integer checked = WriteParser.checkLimit(model, limit);
        return inTransaction(null, c -> writes.updateManyAndReturn(c, model, where, data, checked, selection, WriteActions.now()));
    }

    /** Updates the record a unique {@code where} finds, or creates one. */
    public Map<String, Object> upsert(Model model, Filter where, WriteData create, WriteData update, Selection selection) {
        Work<Map<String, Object>> work = c -> writes.upsert(c, model, where, create, update, selection, WriteActions.now());
        return writes.isOneStatement(model, where, create, update, selection) ? single(null, work) : inTransaction(null, work);
    }

    /** Deletes the record a unique {@code where} finds (P2025 when none); the record as it was. */
    public Map<String, Object> delete(Model model, Filter where, Selection selection) {
        Work<Map<String, Object>> work = c -> writes.delete(c, model, where, selection);
        return writes.isOneStatementDelete(model, where, selection) ? single(null, work) : inTransaction(null, work);
    }

    /** Deletes every record {@code where} finds; how many. */
    public int deleteMany(Model model, Filter where) {
        return deleteMany(model, where, null);
    }

    /** As {@link #deleteMany(Model, Filter)}, deleting at most {@code limit} of the records (null for all, P2009 when negative). */
    public int deleteMany(Model model, Filter where, Integer limit) {
        Integer checked = WriteParser.checkLimit(model, limit);
        return inTransaction(null, c -> writes.deleteMany(c, model, where, checked));
    }

    /** A number, or a record of counts when the query selects ({@code _all}, fields). */
    public Object count(CountQuery query) {
        return on(null, c -> counts.count(c, query));
    }

    /**
     * Aggregates of the records the query reads (its where, order, cursor and page): Prisma's result
     * shape, {@code {_count: {_all: 3}, _avg: {views: 2.5}}}; one statement.
     */
    public Map<String, Object> aggregate(AggregateQuery query) {
        return on(null, c -> aggregates.aggregate(c, query));
    }

    /** The groups of records with their by-fields and aggregates, in Prisma's shape; one statement. */
    public List<Map<String, Object>> groupBy(GroupByQuery query) {
        return on(null, c -> aggregates.groupBy(c, query));
    }

    private Object rawAction(Transaction tx, String action, Map<String, Object> args) {
        if (!(args.get("query") instanceof String sql)) {
            throw new RefractValidationException("", "query", "Argument `query` is missing: the SQL text of `" + action + "`");
        }
        Object given = args.get("parameters");
        if (given != null && !(given instanceof List)) {
            throw new RefractValidationException("", "parameters", "Argument `parameters` must be a list of values");
        }
        RenderedSql statement = dialect.nativeRawSql(sql, given == null ? List.of() : new ArrayList<>((List<?>) given));
        return action.equals("queryRaw") ? on(tx, c -> raw.query(c, statement.sql(), statement.parameters(), "queryRaw"))
                : on(tx, c -> raw.execute(c, statement.sql(), statement.parameters(), "executeRaw"));
    }

    /** The client's log (package-private: tests check that nothing is built when nothing listens). */
    ClientLog log() {
        return log;
    }

    private static Object orThrow(Object result, Model model) {
        if (result == null) {
            throw RefractException.notFound(model.name());
        }
        return result;
    }

    private Map<String, Object> first(Connection c, ReadQuery query) {
        int take = query.take() != null && query.take() < 0 ? -1 : 1;
        List<Map<String, Object>> rows = reads.findMany(c, query.withTake(take));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A read on the transaction's connection (also the one open on this thread), or on a connection of its own. */
    private <T> T on(Transaction tx, Work<T> work) {
        Transaction joined = tx != null ? tx : current.get();
        return joined == null ? withConnection(work) : inside(joined, work);
    }

    /**
     * A write of one statement: in the transaction open on this thread, else on a connection as it
     * comes, without a transaction of its own (autocommit from a pool). On a connection in a caller's
     * transaction (Spring's), a failure rolls back as {@link #inTransaction} does, which marks that
     * transaction rollback-only.
     */
    private <T> T single(Transaction tx, Work<T> work) {
        Transaction joined = tx != null ? tx : current.get();
        if (joined != null) {
            return inside(joined, work);
        }
        try (Connection connection = connections.open()) {
            try {
                T result = work.run(connection);
                if (!connection.getAutoCommit()) {
                    // a caller's source handing out connections without autocommit: the write is
                    // committed as inTransaction would (a Spring transaction's connection ignores it)
                    connection.commit();
                }
                return result;
            } catch (RuntimeException | Error e) {
                rollbackUnlessAutoCommit(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw Failures.translate(dialect, e, null, null);
        }
    }

    /** A write in the transaction, or in a transaction of its own. */
    private <T> T inTransaction(Transaction tx, Work<T> work) {
        Transaction joined = tx != null ? tx : current.get();
        if (joined != null) {
            return inside(joined, work);
        }
        try (Connection connection = connections.open()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                try {
                    connection.setAutoCommit(autoCommit);
                } catch (SQLException restore) {
                    e.addSuppressed(restore); // the pool closed it: the write's own failure is the one to report
                }
                throw e;
            }
            connection.setAutoCommit(autoCommit);
            return result;
        } catch (SQLException e) {
            throw Failures.translate(dialect, e, null, null);
        }
    }

    /** Runs {@code work} on the transaction's connection with its deadline on every statement. */
    private <T> T inside(Transaction tx, Work<T> work) {
        Connection connection = tx.connection("query");
        statements.deadline(tx.deadline());
        try {
            return work.run(connection);
        } finally {
            statements.deadline(null);
        }
    }

    /**
     * After a failed one-statement write: a rollback on a connection without autocommit; a connection
     * that cannot even tell (closed by the pool after a fatal error) keeps the write's own failure.
     */
    private static void rollbackUnlessAutoCommit(Connection connection, Throwable failure) {
        try {
            if (!connection.getAutoCommit()) {
                rollback(connection, failure);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private interface Work<T> {
        T run(Connection connection);
    }

    private <T> T withConnection(Work<T> work) {
        try (Connection connection = connections.open()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw Failures.translate(dialect, e, null, null);
        }
    }

    /** Configures a client; {@link #build()} seals it. */
    public static final class Builder {
        private final Schema schema;
        private final ConnectionSource connections;
        private final ConnectionUrl url;
        private Dialect dialect;
        private StatementListener listener;
        private final Set<LogLevel> logLevels = EnumSet.noneOf(LogLevel.class);
        private final List<Consumer<QueryEvent>> queryListeners = new ArrayList<>();
        private final Map<LogLevel, List<Consumer<LogEvent>>> logListeners = new EnumMap<>(LogLevel.class);
        private int chunkSize = DEFAULT_CHUNK_SIZE;

        private Builder(Schema schema, ConnectionSource connections, ConnectionUrl url) {
            this.schema = Objects.requireNonNull(schema, "schema");
            this.connections = connections;
            this.url = url;
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

        /**
         * Levels written to SLF4J so that a default configuration shows them, as Prisma's
         * {@code log: ['query', 'info', 'warn', 'error']} prints them: statements at INFO on
         * {@code dev.refract.client.query}, errors at ERROR on {@code dev.refract.client.error}. Without
         * it statements go out at DEBUG and errors (which the operation throws anyway) at DEBUG; info
         * and warnings always go to {@code dev.refract.client} at INFO and WARN.
         */
        public Builder log(LogLevel... levels) {
            logLevels.addAll(Arrays.asList(levels));
            return this;
        }

        /**
         * Told about every statement (SQL, parameters, duration), as Prisma's
         * {@code log: [{emit: 'event', level: 'query'}]} and {@code $on('query', ...)}. Listeners run on
         * the thread that ran the statement: keep them quick.
         */
        public Builder onQuery(Consumer<QueryEvent> listener) {
            queryListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Told about info, warn or error messages ({@code level} other than QUERY: see {@link #onQuery}). */
        public Builder onLog(LogLevel level, Consumer<LogEvent> listener) {
            if (level == LogLevel.QUERY) {
                throw new IllegalArgumentException("Statements are QueryEvents: register with onQuery");
            }
            logListeners.computeIfAbsent(level, l -> new ArrayList<>()).add(Objects.requireNonNull(listener, "listener"));
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
