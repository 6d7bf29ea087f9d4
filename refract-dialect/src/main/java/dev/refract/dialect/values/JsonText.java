package dev.refract.dialect.values;

/**
 * A JSON document bound as a parameter: its text, already serialized. Each database binds it as its
 * JSON type ({@code jsonb} on PostgreSQL, text elsewhere).
 */
public record JsonText(String json) {
    public JsonText {
        if (json == null) {
            throw new IllegalArgumentException("JSON text must not be null; bind SQL NULL instead");
        }
    }
}
