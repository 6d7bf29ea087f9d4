package dev.refract.client.query;

/** Prisma's scalar filter operators. */
public enum ScalarOp {
    EQUALS, NOT, IN, NOT_IN, LT, LTE, GT, GTE, CONTAINS, STARTS_WITH, ENDS_WITH;

    /** The operators that take a text pattern. */
    public boolean isPattern() {
        return this == CONTAINS || this == STARTS_WITH || this == ENDS_WITH;
    }
}
