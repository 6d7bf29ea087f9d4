package dev.refract.schema.model;

import java.util.Map;
import java.util.Optional;

/**
 * A datasource URL as written: a literal string or {@code env("VAR")}. Resolved against an
 * environment only when a command needs a connection, never during validation.
 */
public record ConfigValue(String literal, String envVar) {
    public static ConfigValue literal(String value) {
        return new ConfigValue(value, null);
    }

    public static ConfigValue env(String variable) {
        return new ConfigValue(null, variable);
    }

    public boolean isEnv() {
        return envVar != null;
    }

    /** The value in the given environment (literal, or the variable's value). */
    public Optional<String> resolve(Map<String, String> environment) {
        return isEnv() ? Optional.ofNullable(environment.get(envVar)) : Optional.of(literal);
    }

    @Override
    public String toString() {
        return isEnv() ? "env(\"" + envVar + "\")" : literal;
    }
}
