package dev.refract.examples.hotreload.app;

import dev.refract.client.RefractClient;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.Schema;
import java.util.Map;
import java.util.function.Function;

/**
 * Application code as a dev server reloads it, written the careless way: every load of this class
 * builds a client in a static field (no singleton holder, never closed) and runs a query.
 */
public final class CarelessApp implements Function<String, Object> {
    static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            model Item {
              id Int @id
            }
            """;

    private static RefractClient client;

    @Override
    public Object apply(String url) {
        Schema schema = PrismaSchema.validate("schema.prisma", SCHEMA).resolved().orElseThrow();
        client = RefractClient.builder(schema, ConnectionUrl.parse(url)).build();
        return client.execute("Item", "count", Map.of());
    }
}
