package io.careops.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON value of the right type that this API still refuses; the message is written for the client. */
public class RejectedJsonValue extends MismatchedInputException {

    private final String clientMessage;

    public RejectedJsonValue(JsonParser parser, String clientMessage, Class<?> targetType) {
        super(parser, clientMessage, targetType);
        this.clientMessage = clientMessage;
    }

    public String clientMessage() {
        return clientMessage;
    }
}
