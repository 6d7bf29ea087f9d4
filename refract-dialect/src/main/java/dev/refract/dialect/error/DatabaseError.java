package dev.refract.dialect.error;

import java.util.List;

/**
 * What a failed statement's {@link java.sql.SQLException} means, read by a dialect from its
 * SQLSTATE, vendor code and message: the kind of failure and what the database said it was about.
 * The client turns it into Prisma's code and message, naming the model's fields.
 *
 * @param constraint the constraint or index name the database reported, or null
 * @param columns    the column names the database reported (possibly empty)
 * @param table      the table the database reported, or null
 */
public record DatabaseError(Kind kind, String constraint, List<String> columns, String table) {

    public DatabaseError {
        columns = List.copyOf(columns);
    }

    /** The failures Prisma gives a code of their own. */
    public enum Kind {
        /** P2002. */
        UNIQUE_VIOLATION,
        /** P2003. */
        FOREIGN_KEY_VIOLATION,
        /** P2011. */
        NULL_VIOLATION,
        /** P2000. */
        VALUE_TOO_LONG,
        /** P2034: a serialization failure or a deadlock; the transaction may be retried. */
        SERIALIZATION_FAILURE,
        /** P1001: the server cannot be reached. */
        UNREACHABLE,
        /** P1008: the operation timed out (statement timeout, lock wait, busy database). */
        TIMED_OUT,
        /** P1017: the server closed the connection. */
        CONNECTION_CLOSED,
        /** No code of Prisma's fits; the database's message is shown. */
        OTHER
    }

    public static DatabaseError of(Kind kind) {
        return new DatabaseError(kind, null, List.of(), null);
    }

    /** Classification shared by the dialects for the standard SQLSTATE classes. */
    public static DatabaseError bySqlState(String state) {
        if (state == null) {
            return of(Kind.OTHER);
        }
        if (state.equals("40001") || state.equals("40P01")) {
            return of(Kind.SERIALIZATION_FAILURE);
        }
        if (state.equals("08001") || state.equals("08004")) {
            return of(Kind.UNREACHABLE);
        }
        if (state.startsWith("08")) {
            return of(Kind.CONNECTION_CLOSED);
        }
        if (state.equals("22001")) {
            return of(Kind.VALUE_TOO_LONG);
        }
        if (state.equals("23502")) {
            return of(Kind.NULL_VIOLATION);
        }
        return of(Kind.OTHER);
    }
}
