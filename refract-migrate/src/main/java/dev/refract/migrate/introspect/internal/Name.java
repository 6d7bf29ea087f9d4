package dev.refract.migrate.introspect.internal;

/**
 * The name a database object gets in the introspected schema, and the database name to keep in
 * {@code @map} / {@code @@map} when the two differ.
 */
public record Name(String prismaName, String mappedName, Origin origin) {

    /** Where the name comes from, which decides the {@code @map} and the warnings. */
    public enum Origin {
        /** Taken from the previous schema, with its {@code @map} if it had one. */
        PREVIOUS,
        /** The database name, used as it is. */
        DATABASE,
        /** {@code Renamed<name>}: the database name is reserved. */
        RENAMED_RESERVED,
        /** Invalid characters replaced (possibly leaving nothing). */
        SANITIZED,
        /** {@code <namespace>_<name>}: the same name exists in another schema. */
        RENAMED_DUPLICATE,
        /** An empty enum value, named {@code EMPTY_ENUM_VALUE}. */
        EMPTY
    }

    static Name previous(String name, String mapped) {
        return new Name(name, mapped, Origin.PREVIOUS);
    }

    static Name database(String name) {
        return new Name(name, null, Origin.DATABASE);
    }

    /** A column's field name: sanitised when needed (possibly to nothing: the field is then commented out). */
    static Name forColumn(String column) {
        return Names.needsSanitation(column) ? new Name(Names.sanitize(column), column, Origin.SANITIZED)
                : database(column);
    }

    /** An enum value's name; an empty value becomes {@code EMPTY_ENUM_VALUE}. */
    static Name forEnumValue(String value) {
        if (value.isEmpty()) {
            return new Name("EMPTY_ENUM_VALUE", "", Origin.EMPTY);
        }
        return forColumn(value);
    }

    public boolean isEmpty() {
        return prismaName.isEmpty();
    }
}
