package dev.refract.client.pool;

import dev.refract.client.PoolStats;
import dev.refract.client.RefractClient;
import dev.refract.schema.PrismaSchema;
import dev.refract.schema.ValidationResult;
import dev.refract.schema.model.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** A one-model schema for pool tests, the pools of one database, and the pool logger's records. */
public final class PoolTesting {
    private PoolTesting() {
    }

    /** {@code model Item { id Int @id }} on {@code provider} ("postgresql", "sqlite"). */
    public static Schema itemSchema(String provider) {
        String text = "datasource db {\n  provider = \"" + provider + "\"\n}\n\nmodel Item {\n  id Int @id\n}\n";
        ValidationResult result = PrismaSchema.validate("schema.prisma", text);
        if (!result.isValid()) {
            throw new AssertionError(result.render(false));
        }
        return result.resolved().orElseThrow();
    }

    /** The open pools whose database description contains {@code part} (a file name, a role). */
    static List<PoolStats> poolsOf(String part) {
        return RefractClient.pools().stream().filter(p -> p.database().contains(part)).toList();
    }

    /** Collects what the pool logger says while open. */
    public static final class LogCapture extends Handler implements AutoCloseable {
        private static final Logger LOGGER = Logger.getLogger("dev.refract.client.pool");
        final List<LogRecord> records = new ArrayList<>();

        public LogCapture() {
            LOGGER.addHandler(this);
            LOGGER.setUseParentHandlers(false); // the expected warnings, stack included, stay out of the build log
        }

        @Override
        public synchronized void publish(LogRecord record) {
            records.add(record);
        }

        public synchronized List<LogRecord> about(String part) {
            return records.stream().filter(r -> r.getMessage().contains(part)).toList();
        }

        @Override
        public void flush() {
        }

        @Override
        public synchronized void close() {
            LOGGER.setUseParentHandlers(true);
            LOGGER.removeHandler(this);
            // a warning's Throwable holds the classes on its stack, so the record would keep a reloaded app's classloader
            records.clear();
        }
    }
}
