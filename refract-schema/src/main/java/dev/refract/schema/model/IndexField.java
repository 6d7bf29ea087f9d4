package dev.refract.schema.model;

/**
 * One column of an index or key, with its options: sort order (null when not given), prefix length
 * (MySQL), and operator class (PostgreSQL GIN/GiST/SP-GiST/BRIN), each as written.
 */
public record IndexField(ScalarField field, SortOrder sort, Integer length, String operatorClass) {
    public static IndexField of(ScalarField field) {
        return new IndexField(field, null, null, null);
    }
}
