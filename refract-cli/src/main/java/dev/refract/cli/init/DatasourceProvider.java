package dev.refract.cli.init;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The databases {@code refract init} sets a schema up for, with Prisma init's example URLs. */
public enum DatasourceProvider {
    POSTGRESQL("postgresql", "postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public",
            Set.of("postgresql", "postgres")),
    MYSQL("mysql", "mysql://johndoe:randompassword@localhost:3306/mydb", Set.of("mysql")),
    SQLITE("sqlite", "file:./dev.db", Set.of("file"));

    private final String schemaName;
    private final String exampleUrl;
    private final Set<String> urlSchemes;

    DatasourceProvider(String schemaName, String exampleUrl, Set<String> urlSchemes) {
        this.schemaName = schemaName;
        this.exampleUrl = exampleUrl;
        this.urlSchemes = urlSchemes;
    }

    /** The value of {@code provider} in the datasource block. */
    public String schemaName() {
        return schemaName;
    }

    /** What goes into .env when no URL is given: a placeholder to edit (for SQLite, a usable file). */
    public String exampleUrl() {
        return exampleUrl;
    }

    /** The provider a connection URL is for, from its scheme ({@code postgres://...} is PostgreSQL). */
    public static Optional<DatasourceProvider> ofUrl(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.urlSchemes.contains(scheme)).findFirst();
    }

    /** Reads {@code --datasource-provider}, case-insensitively, with Prisma init's message when unknown. */
    public static final class Converter implements ITypeConverter<DatasourceProvider> {
        @Override
        public DatasourceProvider convert(String value) {
            return Arrays.stream(values())
                    .filter(p -> p.schemaName.equalsIgnoreCase(value))
                    .findFirst()
                    .orElseThrow(() -> new TypeConversionException("Provider \"" + value
                            + "\" is invalid or not supported. Try again with \"postgresql\", \"mysql\" or \"sqlite\"."));
        }
    }
}
