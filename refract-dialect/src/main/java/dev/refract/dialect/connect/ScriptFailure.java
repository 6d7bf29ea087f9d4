package dev.refract.dialect.connect;

import java.sql.SQLException;

/**
 * A SQL script failed on the database: the database's own error code ({@code 42P01}, {@code 1064},
 * SQLite's result code, or {@code none}) and the error as Prisma reports it in P3018, with the
 * position in the script where the database gives one.
 */
public final class ScriptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String databaseErrorCode;

    public ScriptFailure(String databaseErrorCode, String databaseError, SQLException cause) {
        super(databaseError, cause);
        this.databaseErrorCode = databaseErrorCode;
    }

    /** The database's error code as Prisma prints it after {@code Database error code:}. */
    public String databaseErrorCode() {
        return databaseErrorCode;
    }

    /** The error text as Prisma prints it after {@code Database error:}. */
    public String databaseError() {
        return getMessage();
    }
}
