package dev.refract.examples.hotreload.spring;

import dev.refract.client.RefractClient;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.PrismaSchema;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The careless way under Spring: a component that builds its own client (not a bean, so Spring never
 * closes it; no singleton holder) every time the application starts, DevTools restarts included.
 */
@Component
public class CarelessCounter {
    private static final String SCHEMA = """
            datasource db {
              provider = "postgresql"
            }

            model Item {
              id Int @id
            }
            """;

    private final RefractClient client = RefractClient.builder(
            PrismaSchema.validate("schema.prisma", SCHEMA).resolved().orElseThrow(),
            ConnectionUrl.parse(System.getenv("DATABASE_URL"))).build();

    public Object count() {
        return client.execute("Item", "count", Map.of());
    }
}
