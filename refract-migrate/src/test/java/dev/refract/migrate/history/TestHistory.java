package dev.refract.migrate.history;

import dev.refract.schema.model.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A migrations folder written by a test. */
final class TestHistory {
    private final Path path;

    TestHistory(Path path, Provider provider) {
        this.path = path;
        MigrationsDirectory.writeLockFile(path, provider);
    }

    TestHistory add(String name, String script) {
        try {
            Path folder = Files.createDirectories(path.resolve(name));
            Files.writeString(folder.resolve("migration.sql"), script, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }
}
