package demo;

import dev.refract.client.RefractClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import refract.db.*;

/** The benchmarks catalog (prisma/orm-benchmarks' queries) written with the typed API, keyed by case name. */
public class BenchmarksCases implements Function<RefractClient, Map<String, Supplier<Object>>> {
    private final Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
    private Db db;

    private void c(String name, Supplier<Object> call) {
        if (cases.put(name, call) != null) {
            throw new IllegalStateException("two calls for " + name);
        }
    }

    @Override
    public Map<String, Supplier<Object>> apply(RefractClient runtime) {
        db = Db.of(runtime);
        c("findMany", () -> db.customer().findMany());
        return cases;
    }
}
