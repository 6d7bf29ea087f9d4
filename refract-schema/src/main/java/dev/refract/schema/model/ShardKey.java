package dev.refract.schema.model;

import dev.refract.schema.diagnostics.Span;
import java.util.List;

/**
 * A model's shard key ({@code @shardKey} on one field or {@code @@shardKey([a, b])}, preview feature
 * {@code shardKeys}, MySQL/PlanetScale): the columns rows are distributed by.
 */
public record ShardKey(List<ScalarField> fields, boolean fieldLevel, Span span) {
    public ShardKey {
        fields = List.copyOf(fields);
    }

    /** {@code @shardKey} or {@code @@shardKey}, as Prisma names the attribute in messages. */
    public String attributeName() {
        return fieldLevel ? "@shardKey" : "@@shardKey";
    }
}
