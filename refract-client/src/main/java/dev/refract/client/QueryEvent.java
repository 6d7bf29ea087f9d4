package dev.refract.client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One statement the client sent, as Prisma's {@code $on('query', e => ...)} event: when it started,
 * the SQL with {@code ?} placeholders, the bound values, and how long it took (to the last row read,
 * for a streamed read, to the first). Built only when something listens.
 */
public record QueryEvent(Instant timestamp, String sql, List<Object> parameters, Duration duration) {
}
