package dev.refract.schema.connector;

/**
 * A namespace in which a database requires constraint names (primary keys, indexes, unique
 * constraints, foreign keys, default constraints) to be unique: global or per table.
 */
public enum ConstraintScope {
    GLOBAL_KEY_INDEX,
    GLOBAL_FOREIGN_KEY,
    GLOBAL_PRIMARY_KEY_KEY_INDEX,
    GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT,
    MODEL_KEY_INDEX,
    MODEL_PRIMARY_KEY_KEY_INDEX,
    MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY;

    /** How Prisma names the namespace in "has to be unique in the following namespace: ..." errors. */
    public String description(String modelName) {
        return switch (this) {
            case GLOBAL_KEY_INDEX -> "global for indexes and unique constraints";
            case GLOBAL_FOREIGN_KEY -> "global for foreign keys";
            case GLOBAL_PRIMARY_KEY_KEY_INDEX -> "global for primary key, indexes and unique constraints";
            case GLOBAL_PRIMARY_KEY_FOREIGN_KEY_DEFAULT -> "global for primary keys, foreign keys and default constraints";
            case MODEL_KEY_INDEX -> "on model `" + modelName + "` for indexes and unique constraints";
            case MODEL_PRIMARY_KEY_KEY_INDEX -> "on model `" + modelName + "` for primary key, indexes and unique constraints";
            case MODEL_PRIMARY_KEY_KEY_INDEX_FOREIGN_KEY ->
                    "on model `" + modelName + "` for primary key, indexes, unique constraints and foreign keys";
        };
    }
}
