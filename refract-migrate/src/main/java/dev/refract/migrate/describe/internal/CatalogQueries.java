package dev.refract.migrate.describe.internal;

import dev.refract.migrate.describe.DescribeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the catalog queries kept as resources under {@code dev/refract/migrate/describe/<folder>/}.
 * Parameters are bound, never spliced: a {@code String[]} becomes a SQL text array (PostgreSQL's
 * {@code = ANY (?)}).
 */
public final class CatalogQueries {
    private static final String ROOT = "/dev/refract/migrate/describe/";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private final Connection connection;
    private final String folder;

    public CatalogQueries(Connection connection, String folder) {
        this.connection = connection;
        this.folder = folder;
    }

    /** The SQL text of {@code <folder>/<name>.sql}. */
    public static String sql(String folder, String name) {
        String path = folder + "/" + name + ".sql";
        return CACHE.computeIfAbsent(path, CatalogQueries::load);
    }

    private static String load(String path) {
        try (InputStream in = CatalogQueries.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query resource " + ROOT + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + ROOT + path, e);
        }
    }

    /** Runs {@code <name>.sql} with the parameters in order and returns every row. */
    public List<Row> rows(String name, Object... parameters) {
        String sql = sql(folder, name);
        String query = folder + "/" + name + ".sql";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                if (parameter instanceof String[] array) {
                    statement.setArray(i + 1, connection.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            try (ResultSet resultSet = statement.executeQuery()) {
                return read(resultSet);
            }
        } catch (SQLException e) {
            throw new DescribeException("describing the database failed: " + e.getMessage(), query, sql, e);
        }
    }

    private static List<Row> read(ResultSet resultSet) throws SQLException {
        ResultSetMetaData meta = resultSet.getMetaData();
        int count = meta.getColumnCount();
        String[] labels = new String[count];
        for (int i = 0; i < count; i++) {
            labels[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
        }
        List<Row> rows = new ArrayList<>();
        while (resultSet.next()) {
            Map<String, Object> values = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                values.put(labels[i], resultSet.getObject(i + 1));
            }
            rows.add(new Row(values));
        }
        return rows;
    }
}
