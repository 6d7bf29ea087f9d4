package dev.refract.migrate.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One migration golden case: a folder with {@code from.prisma} and {@code to.prisma} (models and
 * enums only; the datasource is added per database) and the expected output per database,
 * {@code <provider>.sql} (the migration file {@code migrate dev} writes) and
 * {@code <provider>.summary.txt} ({@code migrate diff} without {@code --script}). A first line
 * {@code // providers: postgresql mysql} in to.prisma limits the databases; the default is all.
 *
 * <p>After the migration ran, the database is described and diffed against the target again: no
 * steps. Where Prisma's own migration leaves the database short of the schema, the case holds
 * {@code <provider>.drift.sql}, the next migration Prisma's differ would write: MySQL keeps the index
 * it made for a foreign key when the key is dropped, and Prisma's differ, which leaves an index alone
 * only while a foreign key of the table still covers it, drops it in the next migration.
 */
record DiffCase(String name, Path dir, String from, String to, List<String> providers) {
    static final Path ROOT = Path.of("src/test/resources/diff-cases");
    static final List<String> ALL = List.of("postgresql", "mysql", "sqlite");

    static List<DiffCase> all() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().map(DiffCase::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DiffCase load(Path dir) {
        try {
            String from = Files.exists(dir.resolve("from.prisma")) ? Files.readString(dir.resolve("from.prisma")) : "";
            String to = Files.readString(dir.resolve("to.prisma"));
            List<String> providers = ALL;
            String first = to.lines().findFirst().orElse("");
            if (first.startsWith("// providers:")) {
                providers = Arrays.stream(first.substring("// providers:".length()).trim().split("[ ,]+")).toList();
            }
            return new DiffCase(dir.getFileName().toString(), dir, from, to, providers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean appliesTo(String provider) {
        return providers.contains(provider);
    }
}
