package dev.refract.client.internal.exec;

import dev.refract.client.StatementListener;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rendered statements on a connection: binds the parameters through the dialect's value
 * mapping, reads each row into an {@code Object[]} typed by the given column kinds, and tells the
 * listener (SQL, parameters, duration).
 */
public final class Statements {
    private final Dialect dialect;
    private final JdbcValues values;
    private final StatementListener listener;

    private final ThreadLocal<Deadline> deadline = new ThreadLocal<>();

    public Statements(Dialect dialect, StatementListener listener) {
        this.dialect = dialect;
        this.values = dialect.values();
        this.listener = listener;
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
        ScalarKind[] scalarKinds = new ScalarKind[kinds.size()];
        for (int i = 0; i < scalarKinds.length; i++) {
            scalarKinds[i] = kindOf(kinds.get(i));
        }
        return query(connection, select, scalarKinds);
    }

    /** Runs {@code select}; column i is read as {@code kinds[i]} (null: an enum, read by name). */
    public List<Object[]> query(Connection connection, Select select, ScalarKind[] kinds) {
        return query(connection, render(select), kinds);
    }

    /** {@code select} in this database's SQL. */
    public RenderedSql render(Select select) {
        return SqlRenderer.render(dialect, select);
    }

    /** Runs a rendered SELECT; column i is read as {@code kinds[i]} (null: an enum, read by name). */
    public List<Object[]> query(Connection connection, RenderedSql sql, ScalarKind[] kinds) {
        long start = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.sql())) {
            bindAll(ps, sql);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[kinds.length];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = values.read(rs, i + 1, kinds[i]);
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw failure(e, null, sql.sql());
        } finally {
            if (listener != null) {
                listener.onStatement(sql.sql(), sql.parameters(), Duration.ofNanos(System.nanoTime() - start));
            }
        }
        return rows;
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
        List<Object[]> rows = new ArrayList<>();
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
                while (rs.next()) {
                    Object[] row = new Object[kinds.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = values.read(rs, i + 1, kindOf(kinds.get(i)));
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw failure(e, model, sql.sql());
        } finally {
            told(sql, start);
        }
        return rows;
    }

    private RuntimeException failure(SQLException e, Model model, String sql) {
        Deadline d = deadline.get();
        if (d != null && d.expired()) {
            return d.expiredError("query", e);
        }
        return Failures.translate(dialect, e, model, sql);
    }

    private void bindAll(PreparedStatement ps, RenderedSql sql) throws SQLException {
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

    private void told(RenderedSql sql, long start) {
        if (listener != null) {
            listener.onStatement(sql.sql(), sql.parameters(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** The scalar kind to read a field as; null for enums (read by name); counts read as Int. */
    static ScalarKind kindOf(ScalarField field) {
        if (field == null) {
            return ScalarKind.INT;
        }
        return field.type() instanceof FieldType.Scalar s ? s.kind() : null;
    }
}
