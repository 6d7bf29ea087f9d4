package dev.refract.dialect.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A runtime problem with a Prisma error code ({@code P1001}, {@code P3009}...): the code, Prisma's
 * message for it, and the values the message was built from ({@link #meta()}, named as in Prisma's
 * error metadata). Adapters print {@code Error: <code>} and the message; programs match on the code.
 */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The code of errors Prisma reports without one (an unexpected database error). */
    public static final String NO_CODE = "";

    private final String code;
    private final transient Map<String, Object> meta;

    public DatabaseException(String code, String message, Map<String, ?> meta, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.meta = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    public DatabaseException(String code, String message, Map<String, ?> meta) {
        this(code, message, meta, null);
    }

    /** Prisma's error code, such as {@code P1001}; {@link #NO_CODE} when Prisma would show none. */
    public String code() {
        return code;
    }

    public boolean hasCode() {
        return !code.isEmpty();
    }

    /** The values the message names (host, port, migration name...), for machine-readable output. */
    public Map<String, Object> meta() {
        return meta;
    }

    /** The first line of the message: what a one-line report shows. */
    public String firstLine() {
        String message = getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public String toString() {
        return hasCode() ? code + ": " + getMessage() : getMessage();
    }
}
