package dev.refract.testkit.internal;

import dev.refract.testkit.DatabaseKind;
import dev.refract.testkit.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hands out fresh SQLite database files in one temporary folder per JVM, and deletes them. */
public final class SqliteFiles {
    private static SqliteFiles shared;

    private final Path folder;

    public SqliteFiles(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** A folder under the system's temporary directory, removed at exit once empty. */
    public static synchronized SqliteFiles shared() {
        if (shared == null) {
            try {
                Path folder = Files.createTempDirectory("refract-sqlite-");
                folder.toFile().deleteOnExit();
                shared = new SqliteFiles(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("could not create a temporary folder for SQLite test databases", e);
            }
        }
        return shared;
    }

    public TestDatabase create(String label) {
        String name = DatabaseNames.unique(label);
        Path file = folder.resolve(name + ".db");
        try {
            Files.createFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create SQLite database file " + file, e);
        }
        return new TestDatabase(DatabaseKind.SQLITE, name, "jdbc:sqlite:" + file, "file:" + file,
                null, null, () -> delete(file));
    }

    private static void delete(Path file) {
        try {
            for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete SQLite database file " + file, e);
        }
    }
}
