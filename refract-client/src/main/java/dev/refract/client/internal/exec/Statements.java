package dev.refract.client.internal.exec;

import dev.refract.client.RefractException;
import dev.refract.client.StatementListener;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.sql.Select;
import dev.refract.dialect.sql.SqlRenderer;
import dev.refract.dialect.values.JdbcValues;
import dev.refract.schema.model.FieldType;
import dev.refract.schema.model.ScalarField;
import dev.refract.schema.model.ScalarKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs rendered statements on a connection: binds the parameters through the dialect's value
 * mapping, reads each row into an {@code Object[]} typed by the given column kinds, and tells the
 * listener (SQL, parameters, duration).
 */
public final class Statements {
    private final Dialect dialect;
    private final JdbcValues values;
    private final StatementListener listener;

    public Statements(Dialect dialect, StatementListener listener) {
        this.dialect = dialect;
        this.values = dialect.values();
        this.listener = listener;
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
        RenderedSql sql = SqlRenderer.render(dialect, select);
        long start = System.nanoTime();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.sql())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                values.bind(ps, i + 1, sql.parameters().get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = new Object[kinds.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = values.read(rs, i + 1, kindOf(kinds.get(i)));
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new RefractException("", "Database error: " + e.getMessage() + "\n  in: " + sql.sql(),
                    Map.of("sqlState", String.valueOf(e.getSQLState()), "sql", sql.sql()), e);
        } finally {
            if (listener != null) {
                listener.onStatement(sql.sql(), sql.parameters(), Duration.ofNanos(System.nanoTime() - start));
            }
        }
        return rows;
    }

    /** The scalar kind to read a field as; null for enums (read by name); counts read as Int. */
    private static ScalarKind kindOf(ScalarField field) {
        if (field == null) {
            return ScalarKind.INT;
        }
        return field.type() instanceof FieldType.Scalar s ? s.kind() : null;
    }
}
