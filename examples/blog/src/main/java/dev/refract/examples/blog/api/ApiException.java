package dev.refract.examples.blog.api;

import org.springframework.http.HttpStatus;

/** A request the API refuses: its status, and the code and message of the error JSON. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public static final String INVALID_INPUT = "INVALID_INPUT";

    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException invalid(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, INVALID_INPUT, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
