package dev.refract.dialect.error;

import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

/** MySQL's and MariaDB's vendor error codes, with the key, constraint or column read from the message. */
public final class MySqlErrors {
    private static final Pattern KEY = Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'");
    private static final Pattern CONSTRAINT = Pattern.compile("CONSTRAINT `([^`]+)` FOREIGN KEY \\(([^)]*)\\)");
    private static final Pattern FK_TABLE = Pattern.compile("\\(`[^`]+`\\.`([^`]+)`, CONSTRAINT");
    private static final Pattern COLUMN = Pattern.compile("(?:Column|Field|column) '([^']+)'");

    private MySqlErrors() {
    }

    public static DatabaseError classify(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        switch (e.getErrorCode()) {
            case 1062, 1586:
                return new DatabaseError(DatabaseError.Kind.UNIQUE_VIOLATION, PostgresErrors.group(KEY, message, 1), List.of(), null);
            case 1451, 1452, 1216, 1217: {
                String columns = PostgresErrors.group(CONSTRAINT, message, 2);
                return new DatabaseError(DatabaseError.Kind.FOREIGN_KEY_VIOLATION, PostgresErrors.group(CONSTRAINT, message, 1),
                        columns == null ? List.of() : List.of(columns.replace("`", "").split(",\\s*")),
                        PostgresErrors.group(FK_TABLE, message, 1));
            }
            case 1048, 1364:
                return new DatabaseError(DatabaseError.Kind.NULL_VIOLATION, null, columnOf(message), null);
            case 1406:
                return new DatabaseError(DatabaseError.Kind.VALUE_TOO_LONG, null, columnOf(message), null);
            case 1213:
                return DatabaseError.of(DatabaseError.Kind.SERIALIZATION_FAILURE);
            case 1205, 3024, 1969:
                return DatabaseError.of(DatabaseError.Kind.TIMED_OUT);
            case 2006, 2013, 1927, 1053:
                return DatabaseError.of(DatabaseError.Kind.CONNECTION_CLOSED);
            default:
                return DatabaseError.bySqlState(e.getSQLState());
        }
    }

    private static List<String> columnOf(String message) {
        String column = PostgresErrors.group(COLUMN, message, 1);
        return column == null ? List.of() : List.of(column);
    }
}
