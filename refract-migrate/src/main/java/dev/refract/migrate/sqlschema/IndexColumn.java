package dev.refract.migrate.sqlschema;

/** A column of an index or key: sort (null = default), prefix length (MySQL), operator class (PostgreSQL). */
public record IndexColumn(String name, SortOrder sort, Integer length, String operatorClass) {
    public static IndexColumn of(String name) {
        return new IndexColumn(name, null, null, null);
    }
}
