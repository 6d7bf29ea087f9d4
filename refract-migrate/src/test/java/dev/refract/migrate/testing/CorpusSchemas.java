package dev.refract.migrate.testing;

import dev.refract.schema.diagnostics.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The valid schemas of the shared corpus, read where they lie (the {@code refract.shared} system
 * property, else {@code shared/corpus} found walking up; never copied into the repository): every
 * real project's schema of {@code corpus/schemas} (a folder is a multi-file schema: its
 * {@code *.prisma} files but {@code _combined.prisma}), and the psl-validation cases Prisma accepts
 * (no trailing diagnostics block, or warnings only) for the providers Refract migrates.
 */
public final class CorpusSchemas {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final Pattern DATASOURCE = Pattern.compile("(?s)datasource\\s+\\w+\\s*\\{.*?\\n\\s*}");
    private static final Pattern PROVIDER = Pattern.compile("(provider\\s*=\\s*)\"([a-z]+)\"");

    /** One schema: a name ({@code schemas/x}, {@code psl-validation/a/b}), its files and its provider as written. */
    public record Case(String name, List<SourceFile> files, String provider) {
        public Case {
            files = List.copyOf(files);
        }

        /** {@code postgresql}, {@code mysql} or {@code sqlite} ({@code postgres} is {@code postgresql}). */
        public String canonicalProvider() {
            return provider.equals("postgres") ? "postgresql" : provider;
        }

        /**
         * The same schema with the datasource's provider replaced, for another database; empty when no
         * file holds a datasource.
         */
        public Optional<Case> withProvider(String other) {
            List<SourceFile> swapped = new ArrayList<>();
            boolean found = false;
            for (SourceFile file : files) {
                Matcher ds = DATASOURCE.matcher(file.text());
                if (!ds.find()) {
                    swapped.add(file);
                    continue;
                }
                found = true;
                String block = PROVIDER.matcher(ds.group()).replaceFirst("$1\"" + other + "\"");
                swapped.add(new SourceFile(file.name(),
                        file.text().substring(0, ds.start()) + block + file.text().substring(ds.end())));
            }
            return found ? Optional.of(new Case(name, swapped, other)) : Optional.empty();
        }
    }

    private CorpusSchemas() {
    }

    public static Path root() {
        String shared = System.getProperty("refract.shared");
        if (shared != null && Files.isDirectory(Path.of(shared, "corpus"))) {
            return Path.of(shared, "corpus").toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/corpus not found (set -Drefract.shared)");
    }

    /** The real projects' schemas, by name. */
    public static List<Case> projects() {
        List<Case> out = new ArrayList<>();
        for (Path entry : list(root().resolve("schemas"))) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                List<SourceFile> files = new ArrayList<>();
                for (Path file : walk(entry)) {
                    if (file.toString().endsWith(".prisma") && !file.getFileName().toString().equals("_combined.prisma")) {
                        files.add(new SourceFile(entry.relativize(file).toString(), read(file)));
                    }
                }
                out.add(new Case("schemas/" + name, files, providerOf(files)));
            } else if (name.endsWith(".prisma")) {
                List<SourceFile> files = List.of(new SourceFile(name, read(entry)));
                out.add(new Case("schemas/" + name.substring(0, name.length() - ".prisma".length()), files,
                        providerOf(files)));
            }
        }
        return out;
    }

    /** The psl-validation cases Prisma accepts, for PostgreSQL, MySQL and SQLite. */
    public static List<Case> validPslCases() {
        Path dir = root().resolve("psl-validation");
        List<Case> out = new ArrayList<>();
        for (Path file : walk(dir)) {
            if (!file.toString().endsWith(".prisma")) {
                continue;
            }
            String text = read(file);
            List<SourceFile> files = List.of(new SourceFile("schema.prisma", text));
            String provider = providerOf(files);
            if (!hasErrors(text) && List.of("postgresql", "postgres", "mysql", "sqlite").contains(provider)) {
                String name = dir.relativize(file).toString();
                out.add(new Case("psl-validation/" + name.substring(0, name.length() - ".prisma".length()), files,
                        provider));
            }
        }
        return out;
    }

    /** Whether the case's trailing block of {@code //} lines holds an error (Prisma's verdict). */
    static boolean hasErrors(String text) {
        String[] lines = text.split("\n", -1);
        int end = lines.length;
        while (end > 0 && lines[end - 1].isEmpty()) {
            end--;
        }
        int start = end;
        while (start > 0 && lines[start - 1].startsWith("//")) {
            start--;
        }
        if (start == end) {
            return false;
        }
        String first = ANSI.matcher(lines[start].substring(2).strip()).replaceAll("");
        if (!first.startsWith("error:") && !first.startsWith("warning:")) {
            return false; // a trailing comment, not diagnostics
        }
        for (int i = start; i < end; i++) {
            if (ANSI.matcher(lines[i].substring(2).strip()).replaceAll("").startsWith("error:")) {
                return true;
            }
        }
        return false;
    }

    private static String providerOf(List<SourceFile> files) {
        for (SourceFile file : files) {
            Matcher ds = DATASOURCE.matcher(file.text());
            if (ds.find()) {
                Matcher provider = PROVIDER.matcher(ds.group());
                return provider.find() ? provider.group(2) : "none";
            }
        }
        return "none";
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> entries = Files.walk(dir)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
