package dev.refract.schema.model;

import dev.refract.schema.ast.ConfigBlock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code generator} block: its provider, output, preview features and every other property as a
 * string (or list of strings), keyed by name in source order.
 */
public record Generator(String name, ConfigValue provider, ConfigValue output, List<String> previewFeatures,
        Map<String, Object> config, ConfigBlock declaration) {

    public Generator {
        previewFeatures = List.copyOf(previewFeatures);
        config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    }

    public Optional<String> configString(String key) {
        Object v = config.get(key);
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
