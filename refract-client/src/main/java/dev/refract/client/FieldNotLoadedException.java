package dev.refract.client;

/**
 * Thrown by a generated record's accessor when the query that produced the record did not load the
 * field (not selected, or a relation not included): reading it must fail loudly, never return a
 * silent null or empty list. A loaded field that holds null returns null.
 */
public final class FieldNotLoadedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String modelName;
    private final String fieldName;

    public FieldNotLoadedException(String modelName, String fieldName) {
        super("The field `" + fieldName + "` of " + modelName + " was not loaded by the query that read this record:"
                + " select it, or include the relation");
        this.modelName = modelName;
        this.fieldName = fieldName;
    }

    public String modelName() {
        return modelName;
    }

    public String fieldName() {
        return fieldName;
    }
}
