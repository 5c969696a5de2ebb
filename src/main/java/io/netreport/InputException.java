package io.netreport;

/**
 * A problem with what the user gave NetReport (a config key, a CSV cell, a file), as opposed to a
 * bug. Its message is a complete, single-line explanation meant for the console: it names the file
 * and, where it applies, the line, column or key, what was found and what would be valid.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
