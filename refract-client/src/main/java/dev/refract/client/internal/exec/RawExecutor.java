package dev.refract.client.internal.exec;

import dev.refract.dialect.sql.RenderedSql;
import dev.refract.dialect.values.EnumValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs raw SQL with JDBC {@code ?} placeholders and bound values: rows as maps by column label, typed
 * by the column's SQL type ({@code JdbcValues.readRaw}), rows as records ({@link RecordMapping}), or the
 * number of rows a statement changed. Failures are P2010, as Prisma reports raw failures.
 */
public final class RawExecutor {
    private final Statements statements;

    public RawExecutor(Statements statements) {
        this.statements = statements;
    }

    /** The rows of a query, each a map from column label to value, in column order. */
    public List<Map<String, Object>> query(Connection connection, String sql, List<Object> parameters, String target) {
        return run(connection, sql, parameters, target, (rs, meta) -> {
            int n = meta.getColumnCount();
            String[] labels = new String[n];
            for (int i = 0; i < n; i++) {
                labels[i] = meta.getColumnLabel(i + 1);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>(n * 2);
                for (int i = 0; i < n; i++) {
                    row.put(labels[i], statements.values().readRaw(rs, i + 1, meta));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    /** The rows of a query as records of {@code type}, columns matched to components by name. */
    public <R> List<R> query(Connection connection, String sql, List<Object> parameters, Class<R> type, String target) {
        RecordMapping<R> mapping = RecordMapping.of(type);
        return run(connection, sql, parameters, target, (rs, meta) -> {
            int[] columns = mapping.columns(meta);
            List<R> rows = new ArrayList<>();
            Object[] values = new Object[columns.length];
            while (rs.next()) {
                for (int i = 0; i < columns.length; i++) {
                    values[i] = columns[i] < 0 ? null : statements.values().readRaw(rs, columns[i], meta);
                }
                rows.add(mapping.create(values));
            }
            return rows;
        });
    }

    /** Runs a statement; the number of rows it changed (0 for statements that change none). */
    public int execute(Connection connection, String sql, List<Object> parameters, String target) {
        RenderedSql rendered = new RenderedSql(sql, bindable(parameters));
        long start = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            statements.bindAll(ps, rendered);
            return Math.max(0, ps.executeUpdate());
        } catch (SQLException e) {
            throw statements.rawFailure(e, target);
        } finally {
            statements.told(rendered, start);
        }
    }

    private <T> T run(Connection connection, String sql, List<Object> parameters, String target, Reader<T> reader) {
        RenderedSql rendered = new RenderedSql(sql, bindable(parameters));
        long start = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            statements.bindAll(ps, rendered);
            try (ResultSet rs = ps.executeQuery()) {
                return reader.read(rs, rs.getMetaData());
            }
        } catch (SQLException e) {
            throw statements.rawFailure(e, target);
        } finally {
            statements.told(rendered, start);
        }
    }

    /** Java enums bind by name, as the dialect binds the schema's enums (PostgreSQL infers the enum type). */
    private static List<Object> bindable(List<Object> parameters) {
        List<Object> out = new ArrayList<>(parameters.size());
        for (Object value : parameters) {
            out.add(value instanceof Enum<?> e ? new EnumValue(e.name()) : value);
        }
        return out;
    }

    private interface Reader<T> {
        T read(ResultSet rs, ResultSetMetaData meta) throws SQLException;
    }
}
