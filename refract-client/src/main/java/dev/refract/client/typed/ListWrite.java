package dev.refract.client.typed;

import dev.refract.schema.model.ScalarField;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A scalar list field in update data: replace the list, or {@code push} values onto its end (a NULL
 * list becomes the pushed values); each returns the update data it belongs to.
 */
public final class ListWrite<U extends WriteBuilder, T> {
    private final U owner;
    private final ScalarField field;
    private final String enumType;

    public ListWrite(U owner, ScalarField field, String enumType) {
        this.owner = owner;
        this.field = field;
        this.enumType = enumType;
    }

    public U set(List<? extends T> values) {
        owner.setList(field, enumType, values);
        return owner;
    }

    public U push(T value) {
        return push(List.of(value));
    }

    @SafeVarargs
    public final U pushAll(T... values) {
        return push(Arrays.asList(values));
    }

    public U push(Collection<? extends T> values) {
        owner.pushList(field, enumType, values);
        return owner;
    }
}
