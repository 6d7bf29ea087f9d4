package dev.refract.spring.boot;

import dev.refract.dialect.url.ConnectionUrl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The application's database URL: {@code spring.datasource.url} when set, else {@code DATABASE_URL}
 * (an environment variable, or any Spring property source); Prisma-style
 * ({@code postgresql://}, {@code mysql://}, {@code file:./dev.db}) or {@code jdbc:} URLs. A relative
 * SQLite path is resolved as Prisma resolves it, from the schema's folder: {@code refract.schema-dir},
 * by default {@code prisma} when the working directory has one, else the working directory.
 *
 * @param url  the parsed URL
 * @param from the property it came from
 */
public record RefractDatabaseUrl(ConnectionUrl url, String from) {
    public static final String SPRING_URL = "spring.datasource.url";
    public static final String DATABASE_URL = "DATABASE_URL";
    public static final String SCHEMA_DIR = "refract.schema-dir";

    /** The URL the environment configures, if any. */
    public static Optional<RefractDatabaseUrl> of(Environment environment) {
        String from = SPRING_URL;
        String text = environment.getProperty(SPRING_URL);
        if (text == null || text.isBlank()) {
            from = DATABASE_URL;
            text = environment.getProperty(DATABASE_URL);
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RefractDatabaseUrl(ConnectionUrl.parse(text.trim(), schemaDir(environment)), from));
    }

    static Path schemaDir(Environment environment) {
        String configured = environment.getProperty(SCHEMA_DIR);
        Path workingDir = Path.of("").toAbsolutePath();
        if (configured != null && !configured.isBlank()) {
            return workingDir.resolve(configured).normalize();
        }
        Path prisma = workingDir.resolve("prisma");
        return Files.isDirectory(prisma) ? prisma : workingDir;
    }
}
