package dev.refract.client.internal.pool;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * Which copies of the runtime (one per classloader that loaded it, each with its own registry) hold
 * a pool for a database, recorded where every copy sees the same thing: the JDK's system properties,
 * as plain strings (a hash of the database, and registry ids), so no copy's objects are kept alive.
 * When the runtime jar is reloaded with the application, pools cannot be shared (their classes
 * belong to one copy); this only lets the new copy say so.
 */
final class RuntimeCopies {
    private static final String PREFIX = "dev.refract.client.pools.";

    private RuntimeCopies() {
    }

    /** Records a pool of registry {@code id} for {@code database}; the other registries that hold one. */
    static List<String> opened(String database, String id) {
        Properties properties = System.getProperties();
        String key = key(database);
        synchronized (properties) {
            List<String> ids = ids(properties.getProperty(key));
            List<String> others = ids.stream().filter(other -> !other.equals(id)).distinct().toList();
            ids.add(id);
            properties.setProperty(key, String.join(",", ids));
            return others;
        }
    }

    /** Forgets one pool of registry {@code id} for {@code database}. */
    static void closed(String database, String id) {
        Properties properties = System.getProperties();
        String key = key(database);
        synchronized (properties) {
            List<String> ids = ids(properties.getProperty(key));
            ids.remove(id);
            if (ids.isEmpty()) {
                properties.remove(key);
            } else {
                properties.setProperty(key, String.join(",", ids));
            }
        }
    }

    private static List<String> ids(String value) {
        return value == null || value.isEmpty() ? new ArrayList<>() : new ArrayList<>(Arrays.asList(value.split(",")));
    }

    /** A hash, so that database names and users do not show in property dumps. */
    private static String key(String database) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(database.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
