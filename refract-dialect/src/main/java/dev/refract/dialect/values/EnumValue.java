package dev.refract.dialect.values;

/**
 * An enum value to bind: databases with native enum types (PostgreSQL) need it sent untyped so the
 * server casts it to the column's enum, others take the name as text.
 */
public record EnumValue(String name) {
    @Override
    public String toString() {
        return name;
    }
}
