package dev.refract.dialect.connect;

import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.dialect.error.DatabaseException;
import dev.refract.dialect.url.ConnectionUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteException;

/**
 * SQLite through sqlite-jdbc. A missing file is P1003 (opening would silently create it); a script
 * runs statement after statement as {@code sqlite3_exec} runs it (what Prisma's
 * {@code execute_batch} does), each in its own transaction unless the script opens one.
 */
public final class SqliteConnections implements DatabaseConnections {
    /** sqlite-jdbc's message: {@code [SQLITE_ERROR] SQL error or missing database (no such table: x)}. */
    private static final Pattern DRIVER_MESSAGE = Pattern.compile("^\\[\\w+\\][^(]*\\((.*)\\)$", Pattern.DOTALL);

    @Override
    public Connection open(ConnectionUrl url) {
        url.file().ifPresent(file -> {
            if (!Files.exists(file)) {
                throw ConnectionErrors.sqliteFileDoesNotExist(url.database(), file.toString());
            }
        });
        try {
            Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.jdbcProperties());
            // as Prisma's SQLite connector: foreign keys enforced on every connection (migration
            // scripts that rebuild tables switch them off and on themselves)
            try (java.sql.Statement pragma = connection.createStatement()) {
                pragma.execute("PRAGMA foreign_keys = ON");
            }
            return connection;
        } catch (SQLException e) {
            throw connectionFailure(e, url);
        }
    }

    @Override
    public Connection openForScripts(ConnectionUrl url) {
        return open(url);
    }

    @Override
    public void runScript(Connection connection, String script) {
        if (SqlText.isBlank(script)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(script); // sqlite3_exec: every statement of the text
        } catch (SQLException e) {
            throw new ScriptFailure(String.valueOf(resultCode(e)), message(e), e);
        }
    }

    private static int resultCode(SQLException failure) {
        if (failure instanceof SQLiteException sqlite) {
            return sqlite.getResultCode().code;
        }
        return failure.getErrorCode();
    }

    /** The database's own words, without the driver's decoration. */
    static String message(SQLException failure) {
        String text = String.valueOf(failure.getMessage());
        Matcher matcher = DRIVER_MESSAGE.matcher(text);
        return matcher.matches() ? matcher.group(1) : text;
    }

    @Override
    public DatabaseException connectionFailure(SQLException failure, ConnectionUrl url) {
        return ConnectionErrors.unexpected("Failed to open SQLite database " + url.location() + ": "
                + message(failure), failure);
    }

    @Override
    public void createDatabase(ConnectionUrl url) {
        Path file = url.file().orElseThrow(() -> new IllegalArgumentException("an in-memory database needs no creating"));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
        } catch (java.nio.file.FileAlreadyExistsException createdMeanwhile) {
            // another process created it first: that is all we wanted
        } catch (IOException e) {
            throw new DatabaseException("P3000", "Failed to create database: " + e.getMessage(),
                    java.util.Map.of("database_error", String.valueOf(e.getMessage())), e);
        }
    }

    /** A file name in the temporary folder; the server, if any, does not matter. */
    @Override
    public java.util.Optional<ConnectionUrl> scratchDatabase(java.util.Optional<ConnectionUrl> server, String name) {
        Path file = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve(name + ".db");
        return java.util.Optional.of(ConnectionUrl.parse("file:" + file));
    }

    /** Deletes the database file and SQLite's journal files beside it. */
    @Override
    public void dropDatabase(ConnectionUrl url) {
        Path file = url.file().orElseThrow(() -> new IllegalArgumentException("an in-memory database needs no dropping"));
        try {
            for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw ConnectionErrors.unexpected("Failed to delete the SQLite database " + url.location() + ": "
                    + e.getMessage(), e);
        }
    }

    /** An empty file in place of the database. */
    @Override
    public void reset(ConnectionUrl url, List<String> namespaces) {
        dropDatabase(url);
        createDatabase(url);
    }
}
