package dev.refract.client;

import java.sql.Connection;

/** Prisma's transaction isolation levels; a database rejects the ones it lacks (SQLite: Serializable only). */
public enum IsolationLevel {
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int jdbc;

    IsolationLevel(int jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@link Connection} constant. */
    public int jdbc() {
        return jdbc;
    }
}
