package dev.refract.client.query;

/** How a relation filter quantifies over the related records. */
public enum RelationCondition {
    /** At least one related record matches (lists). */
    SOME,
    /** Every related record matches; true when there is none (lists). */
    EVERY,
    /** No related record matches (lists). */
    NONE,
    /** The related record exists and matches (single relations). */
    IS,
    /** There is no related record that matches (single relations): records without one qualify. */
    IS_NOT
}
