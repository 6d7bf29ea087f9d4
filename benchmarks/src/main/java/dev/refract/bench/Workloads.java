package dev.refract.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The client workloads' arguments in Prisma's shape, shared by the benchmarks and {@link ShowSql}. */
final class Workloads {
    private Workloads() {
    }

    static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> findUnique(int id) {
        return m("where", m("id", id));
    }

    static Map<String, Object> findMany1000() {
        return m("orderBy", m("id", "asc"));
    }

    /** 100 customers, their orders, the orders' products. */
    static Map<String, Object> include2Levels() {
        return m("take", 100, "orderBy", m("id", "asc"),
                "include", m("orders", m("include", m("products", true))));
    }

    static Map<String, Object> create(long n) {
        return m("data", m("email", "new" + n + "@bench.io", "name", "New customer", "isActive", true));
    }

    static Map<String, Object> nestedCreate(long n) {
        return m("data", m("email", "nested" + n + "@bench.io", "name", "Nested", "orders",
                m("create", m("totalAmount", "12.50", "products", m("connect", List.of(m("id", 1), m("id", 2)))))));
    }

    static Map<String, Object> update(int id, long n) {
        return m("where", m("id", id), "data", m("name", "Renamed " + n));
    }
}
