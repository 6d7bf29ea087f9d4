package dev.refract.schema.validate;

import dev.refract.schema.ast.ConfigBlock;
import dev.refract.schema.ast.ConfigProperty;
import java.util.HashSet;
import java.util.Set;

/** Names pass rule for datasource and generator blocks: each key at most once. */
final class ConfigKeys {
    private ConfigKeys() {
    }

    static void checkDuplicates(ValidationContext ctx, ConfigBlock block) {
        Set<String> seen = new HashSet<>();
        for (ConfigProperty p : block.properties()) {
            if (!seen.add(p.name().name())) {
                ctx.diagnostics.error("Key \"" + p.name().name() + "\" is already defined in " + block.keyword() + " \""
                        + block.name().name() + "\".", p.name().span());
            }
        }
    }
}
