package io.careops.scheduling.shift.service;

/** An If-Match that no longer names the record's version: someone else changed it first (412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String detail) {
        super(detail, null, false, false);
    }
}
