package dev.refract.client.internal.exec;

import dev.refract.client.internal.json.JsonCodec;
import dev.refract.client.internal.log.ClientLog;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.values.JdbcValues;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.Model;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rendered statements on a connection: binds the parameters through the dialect's value
 * mapping, reads each row into an {@code Object[]} typed by the given column kinds, and tells the
 * client's log (SQL, parameters, duration) when anything listens.
 */
public final class Statements {
    private final Dialect dialect;
    private final JdbcValues values;
    private final ClientLog log;

    private final ThreadLocal<Deadline> deadline = new ThreadLocal<>();

    public Statements(Dialect dialect, ClientLog log) {
        this.dialect = dialect;
        this.values = dialect.values();
        this.log = log;
    }

    /** The client's log (statements, info, warnings, errors). */
    public ClientLog log() {
        return log;
    }

    JdbcValues values() {
        return values;
    }

    /** The deadline of the transaction this thread runs statements in; null to clear. */
    public void deadline(Deadline value) {
        if (value == null) {
            deadline.remove();
        } else {
            deadline.set(value);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The number of bind parameters {@code select} renders to. */
    public int parameterCount(Select select) {
        return SqlRenderer.render(dialect, select).parameters().size();
    }

    /**
     * Runs {@code select}; column i is read as {@code kinds.get(i)}: a scalar field (its type), or null
     * for a count.
     */
    public List<Object[]> query(Connection connection, Select select, List<ScalarField> kinds) {
        return query(connection, render(select), kinds);
    }

    /** Runs a rendered SELECT; column i is read as {@code kinds.get(i)}: a scalar field, or null for a count. */
    public List<Object[]> query(Connection connection, RenderedSql sql, List<ScalarField> kinds) {
        return run(connection, sql, new Columns(kinds));
    }

    /** Runs {@code select}; column i is read as {@code kinds.get(i)} (null: an enum, read by name). */
    public List<Object[]> queryAs(Connection connection, Select select, List<ScalarKind> kinds) {
        return run(connection, render(select), kinds.size(), (rs, i) -> values.read(rs, i + 1, kinds.get(i)));
    }

    /** {@code select} in this database's SQL. */
    public RenderedSql render(Select select) {
        return SqlRenderer.render(dialect, select);
    }

    /** Reads column {@code i} (0-based) of the current row. */
    interface ColumnReader {
        Object read(ResultSet rs, int i) throws SQLException;
    }

    /** Reads the current row of a result. */
    interface RowReader {
        Object[] read(ResultSet rs) throws SQLException;
    }

    /** Runs a rendered SELECT, reading {@code width} columns of each row with {@code reader}. */
    List<Object[]> run(Connection connection, RenderedSql sql, int width, ColumnReader reader) {
        return run(connection, sql, rs -> {
            Object[] row = new Object[width];
            for (int i = 0; i < row.length; i++) {
                row[i] = reader.read(rs, i);
            }
            return row;
        });
    }

    private List<Object[]> run(Connection connection, RenderedSql sql, RowReader reader) {
        long start = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.sql())) {
            bindAll(ps, sql);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
        } catch (SQLException e) {
            throw failure(e, null, sql.sql());
        } finally {
            told(sql, start);
        }
        return rows;
    }

    /**
     * Runs several SELECTs in one round trip (only where {@link Dialect#sendsQueriesTogether()}): one
     * prepared statement of the parts joined with {@code ;}, their results read in order; part i's
     * column j is read as {@code kinds.get(i).get(j)}. Each part is told to the log as a statement.
     */
    public List<List<Object[]>> queryTogether(Connection connection, List<RenderedSql> parts, List<List<ScalarField>> kinds) {
        long start = System.nanoTime();
        StringBuilder text = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (RenderedSql part : parts) {
            text.append(text.length() == 0 ? "" : "; ").append(part.sql());
            parameters.addAll(part.parameters());
        }
        RenderedSql all = new RenderedSql(text.toString(), parameters);
        List<List<Object[]>> results = new ArrayList<>(parts.size());
        try (PreparedStatement ps = connection.prepareStatement(all.sql())) {
            bindAll(ps, all);
            boolean hasResult = ps.execute();
            for (List<ScalarField> columns : kinds) {
                if (!hasResult) {
                    throw new IllegalStateException("a part of a statement batch returned no rows: " + all.sql());
                }
                try (ResultSet rs = ps.getResultSet()) {
                    results.add(rows(rs, columns));
                }
                hasResult = ps.getMoreResults();
            }
        } catch (SQLException e) {
            throw failure(e, null, all.sql());
        } finally {
            for (RenderedSql part : parts) {
                told(part, start);
            }
        }
        return results;
    }

    /** Runs an INSERT, UPDATE or DELETE for {@code model}; the number of rows it changed. */
    public int update(Connection connection, RenderedSql sql, Model model) {
        long start = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(sql.sql())) {
            bindAll(ps, sql);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e, model, sql.sql());
        } finally {
            told(sql, start);
        }
    }

    /**
     * Runs a write with RETURNING {@code kinds} (or, when {@code generatedKey} is set, a plain INSERT
     * whose generated keys are read as that field) and reads the returned rows.
     */
    public List<Object[]> returning(Connection connection, RenderedSql sql, List<ScalarField> kinds, Model model,
            boolean generatedKeys) {
        long start = System.nanoTime();
        try (PreparedStatement ps = generatedKeys ? connection.prepareStatement(sql.sql(), Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql.sql())) {
            bindAll(ps, sql);
            ResultSet rs;
            if (generatedKeys) {
                ps.executeUpdate();
                rs = ps.getGeneratedKeys();
            } else {
                rs = ps.executeQuery();
            }
            try (rs) {
                return rows(rs, kinds);
            }
        } catch (SQLException e) {
            throw failure(e, model, sql.sql());
        } finally {
            told(sql, start);
        }
    }

    /** The rows of a result, column i read as {@code kinds.get(i)}. */
    private List<Object[]> rows(ResultSet rs, List<ScalarField> kinds) throws SQLException {
        Columns columns = new Columns(kinds);
        List<Object[]> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(columns.read(rs));
        }
        return rows;
    }

    /**
     * A result's columns, column i read as {@code fields.get(i)} (null: a count). The kinds are taken
     * once per result, and where no column is a list or Json (most reads) each is read straight as its
     * kind, without asking the field again per value.
     */
    private final class Columns implements RowReader {
        private final List<ScalarField> fields;
        private final ScalarKind[] kinds;
        private final boolean plain;

        Columns(List<ScalarField> fields) {
            this.fields = fields;
            this.kinds = new ScalarKind[fields.size()];
            boolean plain = true;
            for (int i = 0; i < kinds.length; i++) {
                ScalarField field = fields.get(i);
                kinds[i] = kindOf(field);
                plain &= kinds[i] != ScalarKind.JSON && (field == null || !field.isList());
            }
            this.plain = plain;
        }

        @Override
        public Object[] read(ResultSet rs) throws SQLException {
            Object[] row = new Object[kinds.length];
            if (plain) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = values.read(rs, i + 1, kinds[i]);
                }
            } else {
                for (int i = 0; i < row.length; i++) {
                    row[i] = Statements.this.read(rs, i + 1, fields.get(i));
                }
            }
            return row;
        }
    }

    RuntimeException failure(SQLException e, Model model, String sql) {
        Deadline d = deadline.get();
        RuntimeException failure = d != null && d.expired() ? d.expiredError("query", e) : Failures.translate(dialect, e, model, sql);
        log.error(failure.getMessage(), "query");
        return failure;
    }

    /** The failure of a raw statement: P2010 with the database's code and message, as Prisma reports it. */
    RuntimeException rawFailure(SQLException e, String target) {
        Deadline d = deadline.get();
        RuntimeException failure = d != null && d.expired() ? d.expiredError("query", e) : Failures.raw(dialect, e);
        log.error(failure.getMessage(), target);
        return failure;
    }

    void bindAll(PreparedStatement ps, RenderedSql sql) throws SQLException {
        Deadline d = deadline.get();
        if (d != null) {
            if (d.expired()) {
                throw d.expiredError("query", null);
            }
            ps.setQueryTimeout(d.queryTimeoutSeconds());
        }
        for (int i = 0; i < sql.parameters().size(); i++) {
            values.bind(ps, i + 1, sql.parameters().get(i));
        }
    }

    void told(RenderedSql sql, long start) {
        if (log.queryEnabled()) {
            log.query(sql.sql(), sql.parameters(), start);
        }
    }

    /** Column {@code index} as the field's Java value: lists as {@code List}s, Json as plain values (Map, List...). */
    Object read(ResultSet rs, int index, ScalarField field) throws SQLException {
        ScalarKind kind = kindOf(field);
        if (field != null && field.isList()) {
            List<Object> list = values.readList(rs, index, kind);
            if (kind == ScalarKind.JSON) {
                list.replaceAll(item -> item == null ? null : JsonCodec.parse((String) item));
            }
            return list;
        }
        Object value = values.read(rs, index, kind);
        if (kind == ScalarKind.JSON && value != null) {
            return JsonCodec.parse((String) value);
        }
        return value;
    }

    /** The scalar kind to read a field as; null for enums (read by name); counts read as Int. */
    public static ScalarKind kindOf(ScalarField field) {
        if (field == null) {
            return ScalarKind.INT;
        }
        return field.type() instanceof FieldType.Scalar s ? s.kind() : null;
    }
}
