package dev.refract.client;

import dev.refract.client.query.ReadQuery;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.model.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Streams every {@code Item} of the database {@code args[1]} (schema file {@code args[0]}) and prints
 * the number of rows and the sum of their amounts. {@link StreamMemoryPostgresTest} runs it in a JVM
 * with a 64 MB heap.
 */
public final class StreamMemoryMain {
    private StreamMemoryMain() {
    }

    public static void main(String[] args) throws Exception {
        Schema schema = PrismaSchema.validate("schema.prisma", Files.readString(Path.of(args[0]))).resolved().orElseThrow();
        Dialect dialect = Dialect.of(schema.provider().orElseThrow());
        RefractClient client = RefractClient.builder(schema, ConnectionSource.of(dialect, ConnectionUrl.parse(args[1]))).build();
        long rows = 0;
        long sum = 0;
        try (Stream<Map<String, Object>> items = client.stream(ReadQuery.all(schema.model("Item").orElseThrow()))) {
            Iterator<Map<String, Object>> it = items.iterator();
            while (it.hasNext()) {
                Map<String, Object> item = it.next();
                rows++;
                sum += (Integer) item.get("amount");
            }
        }
        System.out.println("rows=" + rows + " sum=" + sum + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }
}
