package dev.refract.client;

import java.util.Map;

/**
 * P2009: the arguments of a query do not fit the schema (an unknown field or argument, a value of
 * the wrong type). The message names the model, the path to the argument and what was expected.
 */
public class RefractValidationException extends RefractException {
    private static final long serialVersionUID = 1L;

    public RefractValidationException(String modelName, String path, String problem) {
        super("P2009", "Failed to validate the query: `" + problem + "` at `" + path + "`",
                Map.of("modelName", modelName, "path", path, "query_validation_error", problem));
    }
}
