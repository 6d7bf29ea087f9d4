package dev.refract.client.pool.app;

import dev.refract.client.RefractClient;
import dev.refract.client.pool.PoolTesting;
import dev.refract.dialect.url.ConnectionUrl;
import java.util.Map;
import java.util.function.Function;

/**
 * Application code as a dev server reloads it: every load of this class builds its own client, the
 * careless way (a static field, no singleton holder, never closed), and runs a query.
 */
public final class CarelessApp implements Function<String, Object> {
    private static RefractClient client;

    @Override
    public Object apply(String url) {
        client = RefractClient.builder(PoolTesting.itemSchema("postgresql"), ConnectionUrl.parse(url)).build();
        return client.execute("Item", "count", Map.of());
    }
}
