package dev.refract.examples.blog.api;

import dev.refract.client.RefractException;
import dev.refract.client.RefractValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as {@code {"error":{"code":"P2002","message":"..."}}}: 404 for P2025
 * (record not found), 409 for P2002 (unique constraint) and P2003 (foreign key), 400 for invalid
 * input ({@code INVALID_INPUT}), invalid JSON ({@code INVALID_JSON}) and P2009; 503 when the
 * database cannot be reached (P1xxx, P2024).
 */
@RestControllerAdvice(basePackages = "dev.refract.examples.blog.api")
public class ApiErrors {

    @ExceptionHandler(RefractValidationException.class)
    ResponseEntity<Map<String, Object>> validation(RefractValidationException e) {
        return body(HttpStatus.BAD_REQUEST, e.code(), e.getMessage());
    }

    @ExceptionHandler(RefractException.class)
    ResponseEntity<Map<String, Object>> refract(RefractException e) {
        return body(statusOf(e.code()), e.code(), e.getMessage());
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e) {
        return body(e.status(), e.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "INVALID_JSON", "The request body is not valid JSON");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "INVALID_INPUT", "Send the body as application/json");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, ApiException.INVALID_INPUT, "Invalid value for `" + e.getName() + "`: " + e.getValue());
    }

    @ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noRoute(Exception e) {
        return body(HttpStatus.NOT_FOUND, "NOT_FOUND", "No such route");
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(org.springframework.web.HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", e.getMessage());
    }

    static HttpStatus statusOf(String code) {
        if (code == null) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        switch (code) {
            case "P2025":
                return HttpStatus.NOT_FOUND;
            case "P2002":
            case "P2003":
            case "P2014":
                return HttpStatus.CONFLICT;
            case "P2024":
                return HttpStatus.SERVICE_UNAVAILABLE;
            default:
                if (code.startsWith("P1")) {
                    return HttpStatus.SERVICE_UNAVAILABLE;
                }
                return code.startsWith("P2") ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
    }

    static ResponseEntity<Map<String, Object>> body(HttpStatus status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return ResponseEntity.status(status).body(Map.of("error", error));
    }
}
