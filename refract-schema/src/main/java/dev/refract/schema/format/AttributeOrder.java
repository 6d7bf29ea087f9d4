package dev.refract.schema.format;

import dev.refract.schema.ast.Attribute;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prisma's canonical order of attributes on a field and in a block: id, unique, default,
 * updatedAt, index, fulltext, map, relation, ignore, then everything else in source order.
 */
final class AttributeOrder {
    private static final List<String> ORDER =
            List.of("id", "unique", "default", "updatedAt", "index", "fulltext", "map", "relation", "ignore");

    private AttributeOrder() {
    }

    static int rank(Attribute attribute) {
        int index = ORDER.indexOf(attribute.name().name());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** A sorted copy; the sort is stable, so attributes of equal rank keep their order. */
    static <T> List<T> sorted(List<T> items, java.util.function.Function<T, Attribute> attributeOf) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparingInt(item -> rank(attributeOf.apply(item))));
        return copy;
    }
}
