package dev.refract.migrate.history;

import dev.refract.schema.model.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A migrations folder as Prisma lays it out: {@code <name>/migration.sql} per migration and
 * {@code migration_lock.toml} beside them. Migrations are ordered by folder name compared as UTF-8
 * bytes, so {@code 20250625_x} comes after {@code 20250625120000_y} and names with spaces sort where
 * their bytes put them. A missing folder is an empty history.
 */
public final class MigrationsDirectory {
    /** The folder's usual name, next to the schema. */
    public static final String DEFAULT_NAME = "migrations";

    private static final Comparator<String> BY_UTF8_BYTES = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private final Path path;
    private final List<LocalMigration> migrations;
    private final String lockFile;

    private MigrationsDirectory(Path path, List<LocalMigration> migrations, String lockFile) {
        this.path = path;
        this.migrations = List.copyOf(migrations);
        this.lockFile = lockFile;
    }

    /** Where Prisma looks for migrations: {@code migrations} beside the schema file, or inside a schema folder. */
    public static Path besideSchema(Path schemaLocation) {
        Path folder = Files.isDirectory(schemaLocation) ? schemaLocation : schemaLocation.toAbsolutePath().getParent();
        return folder.resolve(DEFAULT_NAME);
    }

    /** Reads the folder's migrations (every subfolder, in byte order of their names) and its lock file. */
    public static MigrationsDirectory read(Path path) {
        List<LocalMigration> migrations = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> folders;
            try (Stream<Path> entries = Files.list(path)) {
                folders = entries.filter(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("could not list the migrations folder " + path, e);
            }
            folders.stream().sorted(Comparator.comparing(folder -> folder.getFileName().toString(), BY_UTF8_BYTES))
                    .forEach(folder -> migrations.add(load(folder)));
        }
        return new MigrationsDirectory(path, migrations, readLockFile(path));
    }

    private static LocalMigration load(Path folder) {
        String name = folder.getFileName().toString();
        Path script = folder.resolve(LocalMigration.SCRIPT_FILE_NAME);
        try {
            return new LocalMigration(name, folder, decode(Files.readAllBytes(script)), null);
        } catch (NoSuchFileException e) {
            return new LocalMigration(name, folder, null, "file not found");
        } catch (IOException e) {
            return new LocalMigration(name, folder, null, String.valueOf(e.getMessage()));
        }
    }

    /** UTF-8 text as Node's {@code readFile(..., 'utf-8')} gives it: malformed bytes become U+FFFD, a BOM stays. */
    private static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String readLockFile(Path path) {
        Path file = path.resolve(MigrationLockFile.FILE_NAME);
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        }
    }

    public Path path() {
        return path;
    }

    /** The migrations in the order they are applied. */
    public List<LocalMigration> migrations() {
        return migrations;
    }

    public List<String> names() {
        return migrations.stream().map(LocalMigration::name).toList();
    }

    public Optional<LocalMigration> migration(String name) {
        return migrations.stream().filter(migration -> migration.name().equals(name)).findFirst();
    }

    /** The text of {@code migration_lock.toml}, when there is one. */
    public Optional<String> lockFile() {
        return Optional.ofNullable(lockFile);
    }

    /**
     * Refuses a history written for another database (P3019), as every Prisma migrate command
     * does first. Without a lock file anything goes.
     */
    public void checkProvider(Provider provider) {
        if (lockFile == null) {
            return;
        }
        String expected = MigrationLockFile.provider(lockFile);
        if (!expected.equals(provider.id())) {
            throw HistoryErrors.providerSwitched(provider.id(), expected);
        }
    }

    /** Writes {@code migration_lock.toml} for {@code provider}, creating the folder if needed. */
    public static void writeLockFile(Path path, Provider provider) {
        try {
            Files.createDirectories(path);
            Files.writeString(path.resolve(MigrationLockFile.FILE_NAME), MigrationLockFile.render(provider),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path.resolve(MigrationLockFile.FILE_NAME), e);
        }
    }
}
