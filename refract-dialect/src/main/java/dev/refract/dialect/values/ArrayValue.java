package dev.refract.dialect.values;

import dev.refract.schema.model.ScalarKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A scalar list bound as one SQL array parameter (PostgreSQL's {@code text[]}, {@code integer[]}...).
 * {@code kind} is the element's scalar kind, or null for an enum list, whose database type name is
 * {@code enumType}. Items are the client's Java values (an {@link EnumValue} or name for enums); null
 * items are allowed (Prisma's {@code has: null} binds {@code ARRAY[NULL]}).
 */
public record ArrayValue(ScalarKind kind, String enumType, List<Object> items) {
    public ArrayValue {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }
}
