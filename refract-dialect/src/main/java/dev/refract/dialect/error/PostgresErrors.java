package dev.refract.dialect.error;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PostgreSQL's SQLSTATEs, with the constraint and columns read from the server's message and detail. */
public final class PostgresErrors {
    private static final Pattern QUOTED = Pattern.compile("constraint \"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("Key \\(([^)]*)\\)=");
    private static final Pattern NULL_COLUMN = Pattern.compile("column \"([^\"]+)\"(?: of relation \"([^\"]+)\")?");
    private static final Pattern TABLE = Pattern.compile("on table \"([^\"]+)\"");

    private PostgresErrors() {
    }

    public static DatabaseError classify(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        switch (state) {
            case "23505":
                return new DatabaseError(DatabaseError.Kind.UNIQUE_VIOLATION, group(QUOTED, message, 1), keyColumns(message), null);
            case "23503":
                return new DatabaseError(DatabaseError.Kind.FOREIGN_KEY_VIOLATION, group(QUOTED, message, 1), keyColumns(message),
                        group(TABLE, message, 1));
            case "23502": {
                String column = group(NULL_COLUMN, message, 1);
                return new DatabaseError(DatabaseError.Kind.NULL_VIOLATION, null, column == null ? List.of() : List.of(column),
                        group(NULL_COLUMN, message, 2));
            }
            case "57014", "55P03":
                return DatabaseError.of(DatabaseError.Kind.TIMED_OUT);
            case "57P01", "57P02", "57P03":
                return DatabaseError.of(DatabaseError.Kind.CONNECTION_CLOSED);
            default:
                return DatabaseError.bySqlState(state);
        }
    }

    private static List<String> keyColumns(String message) {
        String inner = group(KEY, message, 1);
        List<String> out = new ArrayList<>();
        if (inner != null) {
            for (String part : inner.split(",")) {
                out.add(part.trim().replace("\"", ""));
            }
        }
        return out;
    }

    static String group(Pattern pattern, String text, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(group) : null;
    }
}
