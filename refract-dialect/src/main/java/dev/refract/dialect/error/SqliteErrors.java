package dev.refract.dialect.error;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLite's constraint errors, read from the message ({@code UNIQUE constraint failed: User.email});
 * SQLite names no foreign key and enforces no lengths. {@code SQLITE_BUSY}/{@code SQLITE_LOCKED} are
 * timeouts, as in Prisma.
 */
public final class SqliteErrors {
    private static final Pattern DETAILED = Pattern.compile("(UNIQUE|NOT NULL|FOREIGN KEY|PRIMARY KEY) constraint failed(?:: ([^)\\]]+))");
    private static final Pattern FAILED = Pattern.compile("(UNIQUE|NOT NULL|FOREIGN KEY|PRIMARY KEY) constraint failed(?:: ([^)\\]]+))?");

    private SqliteErrors() {
    }

    public static DatabaseError classify(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Matcher m = DETAILED.matcher(message);
        if (!m.find()) {
            m = FAILED.matcher(message);
        }
        if (m.find(0)) {
            List<String> columns = new ArrayList<>();
            String table = null;
            if (m.group(2) != null) {
                for (String part : m.group(2).split(",")) {
                    String p = part.trim();
                    int dot = p.indexOf('.');
                    table = dot < 0 ? table : p.substring(0, dot);
                    columns.add(dot < 0 ? p : p.substring(dot + 1));
                }
            }
            DatabaseError.Kind kind = switch (m.group(1)) {
                case "UNIQUE", "PRIMARY KEY" -> DatabaseError.Kind.UNIQUE_VIOLATION;
                case "NOT NULL" -> DatabaseError.Kind.NULL_VIOLATION;
                default -> DatabaseError.Kind.FOREIGN_KEY_VIOLATION;
            };
            return new DatabaseError(kind, null, columns, table);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED") || message.contains("database is locked")) {
            return DatabaseError.of(DatabaseError.Kind.TIMED_OUT);
        }
        return DatabaseError.bySqlState(e.getSQLState());
    }
}
