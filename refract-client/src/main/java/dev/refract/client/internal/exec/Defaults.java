package dev.refract.client.internal.exec;

import dev.refract.schema.model.DefaultValue;
import dev.refract.schema.model.ScalarField;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Values of {@code @default} functions that Prisma's engine generates itself rather than the
 * database: {@code uuid()} (v4; {@code uuid(7)} v7), {@code cuid()} (v1, 25 characters;
 * {@code cuid(2)} 24), {@code nanoid(n)} (21 by default), {@code ulid()}, and {@code now()}.
 * {@code now()} and {@code @updatedAt} take the client's clock, once per operation, in milliseconds
 * (Prisma's precision), so a record's createdAt and updatedAt are equal on create.
 */
public final class Defaults {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String NANOID = "_-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final AtomicInteger COUNTER = new AtomicInteger(RANDOM.nextInt(36 * 36 * 36 * 36));
    private static final String FINGERPRINT = pad(Long.toString(ProcessHandle.current().pid() % (36 * 36), 36), 2)
            + pad(Long.toString(Math.abs((long) hostName().hashCode()) % (36 * 36), 36), 2);

    private Defaults() {
    }

    /** True when the client, not the database, fills the field's default. */
    public static boolean generatedByClient(ScalarField field) {
        return field.defaultValue().filter(d -> d instanceof DefaultValue.Function f
                && (f.is("uuid") || f.is("cuid") || f.is("nanoid") || f.is("ulid") || f.is("now"))).isPresent();
    }

    /** The value of the field's client-side default; {@code now} is the operation's timestamp. */
    public static Object generate(ScalarField field, Instant now) {
        DefaultValue.Function f = (DefaultValue.Function) field.defaultValue().orElseThrow();
        Object arg = f.arguments().isEmpty() ? null : f.arguments().get(0);
        int n = arg instanceof Number num ? num.intValue() : 0;
        return switch (f.name()) {
            case "uuid" -> n == 7 ? uuid7(now) : UUID.randomUUID().toString();
            case "cuid" -> n == 2 ? cuid2() : cuid(now);
            case "nanoid" -> nanoid(n > 0 ? n : 21);
            case "ulid" -> ulid(now);
            case "now" -> now;
            default -> throw new IllegalStateException("no client-side default for " + f.name());
        };
    }

    /** RFC 9562 version 7: 48 bits of Unix milliseconds, version, 74 random bits. */
    static String uuid7(Instant now) {
        long ms = now.toEpochMilli();
        long high = (ms << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** cuid v1: {@code c}, timestamp (8), counter (4), fingerprint (4), random (8), in base 36. */
    static String cuid(Instant now) {
        int count = COUNTER.getAndUpdate(c -> (c + 1) % (36 * 36 * 36 * 36));
        return "c" + pad(Long.toString(now.toEpochMilli(), 36), 8) + pad(Integer.toString(count, 36), 4) + FINGERPRINT
                + pad(Long.toString(RANDOM.nextLong() & 0x7FFFFFFFFFFFL, 36), 8);
    }

    /** cuid2's shape: 24 lower-case base-36 characters starting with a letter (random; not cuid2's hash). */
    static String cuid2() {
        StringBuilder out = new StringBuilder(24).append(BASE36.charAt(10 + RANDOM.nextInt(26)));
        while (out.length() < 24) {
            out.append(BASE36.charAt(RANDOM.nextInt(36)));
        }
        return out.toString();
    }

    static String nanoid(int size) {
        StringBuilder out = new StringBuilder(size);
        for (int i = 0; i < size; i++) {
            out.append(NANOID.charAt(RANDOM.nextInt(64)));
        }
        return out.toString();
    }

    /** 10 characters of milliseconds and 16 random, in Crockford's base 32. */
    static String ulid(Instant now) {
        char[] out = new char[26];
        long ms = now.toEpochMilli();
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD.charAt((int) (ms & 31));
            ms >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            out[i] = CROCKFORD.charAt(RANDOM.nextInt(32));
        }
        return new String(out);
    }

    private static String pad(String s, int size) {
        String padded = "0".repeat(Math.max(0, size - s.length())) + s;
        return padded.substring(padded.length() - size);
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            return "refract";
        }
    }
}
