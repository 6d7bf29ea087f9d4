package dev.refract.client.query;

/**
 * Prisma's scalar filter operators, including those of scalar lists ({@code has}, {@code hasEvery},
 * {@code hasSome}; {@code equals} compares whole lists, {@code isEmpty} is {@code equals}/{@code not}
 * an empty list; the values are {@link dev.refract.dialect.values.ArrayValue}s) and of Json fields
 * ({@code string_contains} ... {@code array_ends_with}, used by {@link Filter.JsonFilter}).
 */
public enum ScalarOp {
    EQUALS, NOT, IN, NOT_IN, LT, LTE, GT, GTE, CONTAINS, STARTS_WITH, ENDS_WITH,
    HAS, HAS_EVERY, HAS_SOME,
    STRING_CONTAINS, STRING_STARTS_WITH, STRING_ENDS_WITH, ARRAY_CONTAINS, ARRAY_STARTS_WITH, ARRAY_ENDS_WITH;

    /** The operators that take a text pattern. */
    public boolean isPattern() {
        return this == CONTAINS || this == STARTS_WITH || this == ENDS_WITH;
    }
}
