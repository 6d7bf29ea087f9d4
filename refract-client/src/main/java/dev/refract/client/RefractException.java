package dev.refract.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A runtime failure of a client operation, with Prisma's error code ({@code P2025}, {@code P2009}...),
 * Prisma's message and the metadata the message was built from (model name, field names...).
 * Programs match on {@link #code()}; adapters print the message.
 */
public class RefractException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Map<String, Object> meta;

    public RefractException(String code, String message, Map<String, ?> meta, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    public RefractException(String code, String message, Map<String, ?> meta) {
        this(code, message, meta, null);
    }

    /** Prisma's error code, such as {@code P2025}. */
    public String code() {
        return code;
    }

    /** The values the message names ({@code modelName}, {@code cause}...), as in Prisma's error meta. */
    public Map<String, Object> meta() {
        return meta;
    }

    /** Whether running the transaction again may succeed: P2034 (a write conflict or a deadlock). */
    public boolean isRetryable() {
        return code.equals("P2034");
    }

    /** P2025: an OrThrow read found nothing. */
    public static RefractException notFound(String modelName) {
        return new RefractException("P2025", "No record was found for a query.",
                Map.of("modelName", modelName, "cause", "No record was found for a query."));
    }

    @Override
    public String toString() {
        return code + ": " + getMessage();
    }
}
