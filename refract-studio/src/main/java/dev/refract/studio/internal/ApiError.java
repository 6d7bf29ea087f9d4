package dev.refract.studio.internal;

/** A request the API refuses before touching data: the HTTP status and a message for the user. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }
}
