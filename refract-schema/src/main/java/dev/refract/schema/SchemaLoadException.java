package dev.refract.schema;

import java.util.Objects;

/**
 * A schema could not be loaded from disk: the message is one line saying what went wrong and
 * where (paths relative to the working directory), fit to show a user as it is.
 */
public final class SchemaLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why loading failed, for callers that react differently to each. */
    public enum Reason {
        /** An explicit path names nothing. */
        NOT_FOUND,
        /** An explicit path names something that is neither a file nor a folder. */
        WRONG_TYPE,
        /** A folder holds no {@code *.prisma} file, at any depth. */
        NO_SCHEMA_FILES,
        /** A schema file holds NUL bytes or is not valid UTF-8. */
        NOT_TEXT,
        /** A schema file or folder exists but cannot be read. */
        UNREADABLE,
        /** No path was given and none of the default locations holds a schema. */
        NOT_FOUND_BY_DEFAULT_LOOKUP
    }

    private final Reason reason;

    public SchemaLoadException(Reason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
