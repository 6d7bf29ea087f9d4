package dev.refract.migrate.describe;

import dev.refract.schema.model.Provider;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Which describer serves which provider, in one place. */
final class DescriberRegistry {
    static final Map<Provider, Function<List<String>, Describer>> BY_PROVIDER = Map.of(
            Provider.POSTGRESQL, schemas -> Describer.postgres(schemas.isEmpty() ? List.of("public") : schemas),
            Provider.MYSQL, schemas -> Describer.mysql(),
            Provider.SQLITE, schemas -> Describer.sqlite());

    private DescriberRegistry() {
    }
}
