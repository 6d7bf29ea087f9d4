package dev.refract.migrate.history;

import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Small queries tests run against a test database. */
final class Rows {
    private Rows() {
    }

    static long count(TestDatabase database, String sql) throws SQLException {
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static List<String> strings(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.open(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
