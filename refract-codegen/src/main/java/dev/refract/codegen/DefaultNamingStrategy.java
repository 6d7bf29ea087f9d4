package dev.refract.codegen;

import java.util.Set;

/**
 * Prisma's names, adjusted only where Java needs it: types capitalised, delegate accessors
 * uncapitalised, and a trailing {@code _} on names Java reserves or that generated code already uses
 * ({@code class} -> {@code class_}, {@code hashCode} -> {@code hashCode_}).
 */
public class DefaultNamingStrategy implements NamingStrategy {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_");
    /** Methods of Object, records and the generated builders that a field accessor must not replace. */
    private static final Set<String> MEMBERS = Set.of("getClass", "hashCode", "equals", "toString", "notify",
            "notifyAll", "wait", "clone", "finalize", "loadedFields", "MODEL", "add", "and", "or", "not", "self",
            "toFilter", "build", "newWhere", "values", "keys", "sort", "nest", "put");
    /** Names the client facade uses itself. */
    private static final Set<String> FACADE = Set.of("connect", "of", "runtime", "schema", "getClass", "hashCode",
            "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

    @Override
    public String typeName(String schemaName) {
        return escape(Character.toUpperCase(schemaName.charAt(0)) + schemaName.substring(1), Set.of());
    }

    @Override
    public String memberName(String fieldName) {
        return escape(fieldName, MEMBERS);
    }

    @Override
    public String delegateAccessor(String modelName) {
        return escape(Character.toLowerCase(modelName.charAt(0)) + modelName.substring(1), FACADE);
    }

    @Override
    public String enumConstant(String valueName) {
        return escape(valueName, Set.of("values", "valueOf"));
    }

    private static String escape(String name, Set<String> taken) {
        return KEYWORDS.contains(name) || taken.contains(name) ? name + "_" : name;
    }
}
