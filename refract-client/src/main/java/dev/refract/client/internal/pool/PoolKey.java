package dev.refract.client.internal.pool;

import dev.refract.dialect.url.ConnectionUrl;

/**
 * What makes two clients share a pool: the same normalised URL ({@link ConnectionUrl#equals}: the
 * JDBC URL Refract derives, the user and the password) and the same {@link PoolSettings}.
 */
record PoolKey(ConnectionUrl url, PoolSettings settings) {

    /** The database, whatever the settings: two keys for one database with different settings warn. */
    String database() {
        return url.describe() + (url.user() == null ? "" : " as " + url.user());
    }
}
