package io.careops.platform.problem;

import jakarta.ws.rs.WebApplicationException;

/** A query parameter that could not be read as its type: a 400 naming the parameter. */
public class InvalidParameterException extends WebApplicationException {

    private final String parameter;
    private final String expected;

    public InvalidParameterException(String parameter, String expected) {
        super(parameter + " " + expected, 400);
        this.parameter = parameter;
        this.expected = expected;
    }

    public String parameter() {
        return parameter;
    }

    public String expected() {
        return expected;
    }
}
