package dev.refract.migrate.introspect.internal;

import dev.refract.schema.model.ScalarKind;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Database names that cannot be Prisma identifiers, and how introspection turns them into ones, as
 * Prisma does: leading characters that are not ASCII letters are dropped, every other character
 * outside {@code [_a-zA-Z0-9]} becomes {@code _}, and the original name goes to {@code @map} /
 * {@code @@map}.
 */
public final class Names {
    private static final Pattern BAD_START = Pattern.compile("^[^a-zA-Z]+");
    private static final Pattern BAD_CHAR = Pattern.compile("[^_a-zA-Z0-9]");

    /**
     * Model and enum names the schema rejects. Prisma reserves {@code PrismaClient}; the scalar type
     * names are rejected by validation too, so introspection renames them the same way (Prisma keeps
     * them and writes a schema that does not validate).
     */
    private static final Set<String> RESERVED = Set.of("PrismaClient", "Unsupported");

    private Names() {
    }

    public static boolean needsSanitation(String name) {
        return BAD_START.matcher(name).find() || BAD_CHAR.matcher(name).find();
    }

    /** The name with leading non-letters removed and other invalid characters replaced by {@code _}. */
    public static String sanitize(String name) {
        if (!needsSanitation(name)) {
            return name;
        }
        String trimmed = BAD_START.matcher(name).replaceFirst("");
        return BAD_CHAR.matcher(trimmed).replaceAll("_");
    }

    /** A model or enum name that must be renamed ({@code Renamed<name>}) even though it is a valid identifier. */
    public static boolean isReservedTypeName(String name) {
        return RESERVED.contains(name) || ScalarKind.parse(name).isPresent();
    }
}
