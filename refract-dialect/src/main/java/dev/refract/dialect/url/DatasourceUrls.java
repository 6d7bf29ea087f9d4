package dev.refract.dialect.url;

import dev.refract.dialect.error.ConnectionErrors;
import dev.refract.schema.model.ConfigValue;
import dev.refract.schema.model.Datasource;
import dev.refract.schema.model.Provider;
import java.nio.file.Path;

/**
 * Finds the URL a command connects to, as Prisma does: the datasource's {@code directUrl} when set
 * (migrations bypass connection poolers), else its {@code url} (a literal or {@code env("VAR")}), else,
 * for Prisma 7 style schemas without {@code url}, the {@code DATABASE_URL} variable. A relative
 * {@code file:} path is resolved against the schema's folder.
 */
public final class DatasourceUrls {
    /** The variable Prisma 7 style schemas take their URL from. */
    public static final String DATABASE_URL = "DATABASE_URL";

    private DatasourceUrls() {
    }

    /**
     * @param datasource   the schema's datasource, or {@code null} for a schema without one
     * @param schemaFolder the folder of the schema file (or the schema folder), for {@code file:} URLs
     * @throws dev.refract.dialect.error.DatabaseException P1012 for a missing variable, an empty URL or
     *         a URL of another provider; P1013 for a URL that cannot be parsed
     */
    public static ConnectionUrl resolve(Datasource datasource, Path schemaFolder, Environment environment) {
        String datasourceName = datasource == null ? "db" : datasource.name();
        ConfigValue configured = datasource == null ? null
                : datasource.directUrlValue().orElse(datasource.url());
        String text;
        if (configured == null) {
            text = environment.get(DATABASE_URL).orElseThrow(
                    () -> ConnectionErrors.environmentVariableNotFound(DATABASE_URL));
        } else if (configured.isEnv()) {
            text = environment.get(configured.envVar()).orElseThrow(
                    () -> ConnectionErrors.environmentVariableNotFound(configured.envVar()));
        } else {
            text = configured.literal();
        }
        if (text.isBlank()) {
            throw ConnectionErrors.emptyUrl(datasourceName);
        }
        ConnectionUrl url = ConnectionUrl.parse(text, schemaFolder);
        if (datasource != null && !sameDatabase(datasource.provider(), url.provider())) {
            throw ConnectionErrors.urlDoesNotMatchProvider(datasourceName, protocols(datasource.provider()));
        }
        return url;
    }

    private static boolean sameDatabase(Provider schema, Provider url) {
        return schema == url || (schema == Provider.COCKROACHDB && url == Provider.POSTGRESQL);
    }

    private static String protocols(Provider provider) {
        return switch (provider) {
            case POSTGRESQL, COCKROACHDB -> "`postgresql://` or `postgres://`";
            case MYSQL -> "`mysql://`";
            case SQLITE -> "`file:`";
            default -> "`" + provider.id() + "://`";
        };
    }
}
