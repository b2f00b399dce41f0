package io.careops.incidentsafety.lifecycle;

import java.util.List;

/** A lifecycle move that the current status does not allow; answered 409 with the allowed ones. */
public class IllegalTransitionException extends RuntimeException {

    private final String from;
    private final String to;
    private final List<String> allowed;

    public IllegalTransitionException(String what, Enum<?> from, Enum<?> to, List<? extends Enum<?>> allowed) {
        super(what + " cannot move from " + from + " to " + to + "; allowed from " + from + ": "
                + (allowed.isEmpty() ? "none" : allowed.stream().map(Enum::name).reduce((a, b) -> a + ", " + b).orElse("")),
                null, false, false);
        this.from = from.name();
        this.to = to.name();
        this.allowed = allowed.stream().map(Enum::name).toList();
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public List<String> allowed() {
        return allowed;
    }
}
