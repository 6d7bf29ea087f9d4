package dev.refract.schema.parser;

import dev.refract.schema.ast.Attribute;
import dev.refract.schema.ast.Field;
import dev.refract.schema.diagnostics.Diagnostics;

/**
 * Parse-time errors Prisma gives inside {@code type} blocks (composite types): block attributes
 * have no meaning there, and fields cannot be ids, unique or relations.
 */
final class CompositeTypeSyntax {
    private CompositeTypeSyntax() {
    }

    static void blockAttribute(Attribute attribute, Diagnostics diagnostics) {
        String message = switch (attribute.name().name()) {
            case "map" -> "The name of a composite type is not persisted in the database, therefore it does not need a "
                    + "mapped database name.";
            case "unique" -> "A unique constraint should be defined in the model containing the embed.";
            case "index" -> "An index should be defined in the model containing the embed.";
            case "fulltext" -> "A fulltext index should be defined in the model containing the embed.";
            case "id" -> "A composite type cannot define an id.";
            default -> "A composite type cannot have block-level attributes.";
        };
        diagnostics.error("Error validating: " + message, attribute.span());
    }

    static void fieldAttributes(Field field, Diagnostics diagnostics) {
        for (Attribute a : field.attributes()) {
            String name = a.name().name();
            if (name.equals("relation") || name.equals("unique") || name.equals("id")) {
                diagnostics.error("Error validating: Defining `@" + name + "` attribute for a field in a composite type "
                        + "is not allowed.", field.span());
            }
        }
    }
}
