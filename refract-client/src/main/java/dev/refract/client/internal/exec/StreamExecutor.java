package dev.refract.client.internal.exec;

import dev.refract.client.internal.plan.LevelPlan;
import dev.refract.client.internal.plan.ReadPlanner;
import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.schema.model.ScalarField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a {@link ReadQuery} as a {@link Stream} in constant memory: the top-level statement runs with
 * the dialect's fetch size (inside a transaction where the driver needs one for a server-side cursor),
 * and rows are taken in chunks of parents ({@link #CHUNK}, or the client's smaller chunk size); each
 * chunk's included relations are loaded by one statement per relation and level, as
 * {@link ReadExecutor} does for a whole result, so a stream sends (rows / chunk) statements per include
 * level, never one per row.
 */
public final class StreamExecutor {
    /** Parent rows shaped (and their relations loaded) together, at most. */
    public static final int CHUNK = 1000;

    private final Statements statements;
    private final ReadExecutor reads;
    private final int chunk;

    /** @param chunkSize the client's most parent keys per statement; chunks are no larger */
    public StreamExecutor(Statements statements, ReadExecutor reads, int chunkSize) {
        this.statements = statements;
        this.reads = reads;
        this.chunk = Math.min(CHUNK, chunkSize);
    }

    /** Opens another connection (for a stream's included relations when its result blocks the first). */
    public interface Opener {
        Connection open() throws SQLException;
    }

    /**
     * Opens the stream.
     *
     * @param connection where the top-level statement runs
     * @param owned whether the stream owns {@code connection} (closes it, and wraps it in a transaction
     *        when the dialect needs one) or joins a transaction that owns it
     * @param opener a second connection for relations when the dialect's streamed results block theirs
     *        (null inside a transaction: relations then read on the same connection)
     */
    public Stream<Map<String, Object>> open(Connection connection, boolean owned, Opener opener, ReadQuery query) {
        if (query.take() != null && query.take() < 0) {
            throw new IllegalArgumentException("A stream reads forwards: a negative take needs findMany");
        }
        if (MemoryPage.applies(query)) {
            throw new IllegalArgumentException("A stream does not apply distinct or a cursor with an order on related"
                    + " records (both are paged in memory): use findMany");
        }
        Dialect dialect = statements.dialect();
        boolean relations = !query.selection().relations().isEmpty();
        Cursor cursor = new Cursor(connection, owned);
        try {
            if (owned && dialect.streamNeedsTransaction()) {
                cursor.restoreAutoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
            }
            if (relations && dialect.streamBlocksConnection()) {
                if (opener != null) {
                    cursor.children = opener.open();
                } else {
                    statements.log().warn("A stream with included relations inside a transaction: the driver reads the rest of"
                            + " the result into memory when the first relation is loaded; stream outside the transaction"
                            + " for constant memory", "stream");
                }
            }
            cursor.start(query);
        } catch (SQLException e) {
            cursor.close();
            throw statements.failure(e, query.model(), null);
        } catch (RuntimeException | Error e) {
            cursor.close();
            throw e;
        }
        Spliterator<Map<String, Object>> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super Map<String, Object>> action) {
                Map<String, Object> next = cursor.next();
                if (next == null) {
                    return false;
                }
                action.accept(next);
                return true;
            }
        };
        return StreamSupport.stream(rows, false).onClose(cursor::close);
    }

    /** The open statement and result, the chunk being handed out, and what closing gives back. */
    private final class Cursor {
        private final Connection connection;
        private final boolean owned;
        private Boolean restoreAutoCommit;
        private Connection children;
        private PreparedStatement statement;
        private ResultSet result;
        private ReadQuery query;
        private LevelPlan plan;
        private List<ScalarField> fields;
        private final ArrayDeque<Map<String, Object>> buffer = new ArrayDeque<>();
        private boolean exhausted;
        private boolean closed;
        private boolean failed;

        Cursor(Connection connection, boolean owned) {
            this.connection = connection;
            this.owned = owned;
        }

        void start(ReadQuery query) throws SQLException {
            this.query = query;
            this.plan = ReadPlanner.root(query);
            fields = plan.kinds();
            RenderedSql sql = SqlRenderer.render(statements.dialect(), plan.select());
            long start = System.nanoTime();
            try {
                statement = connection.prepareStatement(sql.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                int fetchSize = statements.dialect().streamFetchSize();
                if (fetchSize > 0) {
                    statement.setFetchSize(fetchSize);
                }
                statements.bindAll(statement, sql);
                result = statement.executeQuery();
            } finally {
                statements.told(sql, start);
            }
        }

        /** The next record, or null at the end (which closes the stream's resources). */
        Map<String, Object> next() {
            if (buffer.isEmpty() && !exhausted) {
                fill();
            }
            Map<String, Object> next = buffer.poll();
            if (next == null) {
                close();
            }
            return next;
        }

        private void fill() {
            if (closed) {
                throw new IllegalStateException("The stream is closed");
            }
            List<Object[]> rows = new ArrayList<>(chunk);
            try {
                while (rows.size() < chunk && result.next()) {
                    Object[] row = new Object[fields.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = statements.read(result, i + 1, fields.get(i));
                    }
                    rows.add(row);
                }
                if (rows.size() < chunk) {
                    exhausted = true;
                }
            } catch (SQLException e) {
                failed = true;
                close();
                throw statements.failure(e, query.model(), null);
            }
            try {
                buffer.addAll(reads.shape(children != null ? children : connection, query, plan, rows));
            } catch (RuntimeException | Error e) {
                failed = true;
                close();
                throw e;
            }
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            List<Throwable> problems = new ArrayList<>();
            quietly(problems, () -> {
                if (result != null) {
                    result.close();
                }
            });
            quietly(problems, () -> {
                if (statement != null) {
                    statement.close();
                }
            });
            quietly(problems, () -> {
                if (children != null) {
                    children.close();
                }
            });
            if (owned) {
                if (restoreAutoCommit != null) {
                    quietly(problems, failed ? connection::rollback : connection::commit);
                    quietly(problems, () -> connection.setAutoCommit(restoreAutoCommit));
                }
                quietly(problems, connection::close);
            }
            if (!problems.isEmpty() && !failed) {
                RuntimeException failure = problems.get(0) instanceof SQLException e ? statements.failure(e, query == null ? null
                        : query.model(), null) : new IllegalStateException(problems.get(0));
                throw failure;
            }
        }
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static void quietly(List<Throwable> problems, Step step) {
        try {
            step.run();
        } catch (SQLException | RuntimeException e) {
            problems.add(e);
        }
    }
}
