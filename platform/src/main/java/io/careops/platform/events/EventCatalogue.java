package io.careops.platform.events;

import java.util.Set;

/**
 * The event types a service writes to its outbox (each service has one bean); a webhook
 * subscription may filter only on these, so a misspelt type is refused rather than never matching.
 */
public interface EventCatalogue {

    Set<String> types();
}
