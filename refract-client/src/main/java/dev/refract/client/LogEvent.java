package dev.refract.client;

import java.time.Instant;

/**
 * An info, warn or error message, as Prisma's {@code $on('info' | 'warn' | 'error', e => ...)} event.
 * {@code target} names what reported it ({@code pool}, {@code stream}, {@code query},
 * {@code queryRaw}, {@code executeRaw}).
 */
public record LogEvent(LogLevel level, Instant timestamp, String message, String target) {
}
