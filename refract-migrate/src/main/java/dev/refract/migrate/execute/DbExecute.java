package dev.refract.migrate.execute;

import dev.refract.dialect.Dialect;
import dev.refract.dialect.connect.DatabaseConnections;
import dev.refract.dialect.connect.ScriptFailure;
import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * {@code db execute}: sends a SQL script to a database as one command, the way migration scripts
 * are run there (PostgreSQL: one simple-protocol query; MySQL: one multi-statement query; SQLite:
 * statement after statement). It reports success or failure, never rows.
 */
public final class DbExecute {
    /** What Prisma prints on success. */
    public static final String SUCCESS = "Script executed successfully.";

    private DbExecute() {
    }

    /**
     * Runs {@code script} against {@code url}.
     *
     * @throws DatabaseException P1000/P1001/P1003... when the database cannot be reached; the
     *         database's error (its code in {@code meta().get("database_error_code")}) when the script fails
     */
    public static void script(ConnectionUrl url, String script) {
        DatabaseConnections connections = Dialect.of(url.provider()).connections();
        try (Connection connection = connections.openForScripts(url)) {
            connections.runScript(connection, script);
        } catch (ScriptFailure failure) {
            throw new DatabaseException(DatabaseException.NO_CODE, failure.databaseError(),
                    Map.of("database_error_code", failure.databaseErrorCode()), failure);
        } catch (SQLException e) {
            throw ConnectionErrors.unexpected(e.getMessage(), e);
        }
    }

    /** Runs the UTF-8 script in {@code file} against {@code url}; a missing file is reported as Prisma does. */
    public static void file(ConnectionUrl url, Path file) {
        String script;
        try {
            script = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DatabaseException(DatabaseException.NO_CODE, "Provided --file at " + file + " doesn't exist.",
                    Map.of("file", file.toString()), e);
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.NO_CODE, "An error occurred while reading the provided --file at "
                    + file + ": " + e.getMessage(), Map.of("file", file.toString()), e);
        }
        script(url, script);
    }
}
