package dev.refract.migrate.diff;

import java.util.List;

/**
 * What a migration puts at risk: {@code warnings} (data may be lost; ask for consent) and
 * {@code unexecutable} steps (they will fail on the data the database holds). Each finding names
 * the index of the step that causes it.
 */
public record DestructiveChanges(List<Finding> warnings, List<Finding> unexecutable) {

    public static final DestructiveChanges NONE = new DestructiveChanges(List.of(), List.of());

    public DestructiveChanges {
        warnings = List.copyOf(warnings);
        unexecutable = List.copyOf(unexecutable);
    }

    public boolean isEmpty() {
        return warnings.isEmpty() && unexecutable.isEmpty();
    }

    /** One message, as Prisma words it, and the index of the step in {@link Migration#steps()}. */
    public record Finding(String description, int stepIndex) {
    }
}
