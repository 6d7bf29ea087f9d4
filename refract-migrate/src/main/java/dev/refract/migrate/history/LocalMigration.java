package dev.refract.migrate.history;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One migration folder: its name (the migration's name in {@code _prisma_migrations}) and the text
 * of its {@code migration.sql}, or why that file could not be read.
 *
 * @param name      the folder's name, such as {@code 20240101120000_init}
 * @param directory the folder
 * @param script    the script as UTF-8 text, or {@code null} when it could not be read
 * @param readError why the script could not be read, or {@code null}
 */
public record LocalMigration(String name, Path directory, String script, String readError) {
    public static final String SCRIPT_FILE_NAME = "migration.sql";

    /** The script file. */
    public Path scriptFile() {
        return directory.resolve(SCRIPT_FILE_NAME);
    }

    public Optional<String> scriptText() {
        return Optional.ofNullable(script);
    }

    /** The checksum Prisma records for this script; empty when the script cannot be read. */
    public Optional<String> checksum() {
        return scriptText().map(Checksums::of);
    }

    /** Whether the script matches a recorded checksum (line endings aside); false when unreadable. */
    public boolean matchesChecksum(String recorded) {
        return script != null && Checksums.matches(script, recorded);
    }
}
