package dev.refract.schema.model;

import dev.refract.schema.ast.ConfigBlock;
import java.util.List;
import java.util.Optional;

/**
 * The {@code datasource} block. {@code url} is absent in Prisma 7 style schemas (the URL then comes
 * from DATABASE_URL or a {@code .env} file); {@code providerName} is the provider as written.
 */
public record Datasource(String name, Provider provider, String providerName, ConfigValue url, ConfigValue directUrl,
        ConfigValue shadowDatabaseUrl, RelationMode relationMode, boolean relationModeExplicit, List<String> schemas,
        List<String> extensions, ConfigBlock declaration) {

    public Datasource {
        schemas = List.copyOf(schemas);
        extensions = List.copyOf(extensions);
    }

    public Optional<ConfigValue> urlValue() {
        return Optional.ofNullable(url);
    }

    public Optional<ConfigValue> shadowDatabaseUrlValue() {
        return Optional.ofNullable(shadowDatabaseUrl);
    }

    public Optional<ConfigValue> directUrlValue() {
        return Optional.ofNullable(directUrl);
    }
}
