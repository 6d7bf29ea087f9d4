package dev.refract.client;

/**
 * What the client reports, as Prisma's log levels: every statement ({@code QUERY}: SQL, parameters,
 * duration), {@code INFO} (a pool starting), {@code WARN} (something works but not as well as it
 * could), {@code ERROR} (a statement the database refused; the operation also throws).
 */
public enum LogLevel {
    QUERY, INFO, WARN, ERROR
}
