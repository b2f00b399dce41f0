package io.careops.compliance.alert.service;

import io.careops.platform.events.EventCatalogue;
import io.careops.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The domain events compliance writes (see the README, "Events and webhooks"). */
@ApplicationScoped
public class CertificationEvents implements EventCatalogue {

    public static final String EXPIRING = "io.careops.compliance.certification.expiring";
    public static final String EXPIRED = "io.careops.compliance.certification.expired";

    @Override
    public Set<String> types() {
        return Set.of(EXPIRING, EXPIRED);
    }

    /** One recorded expiry alert (a row of AlertRepository#recordDue) as an event. */
    static void alertRecorded(Outbox outbox, Object[] row, LocalDate asOf) {
        String kind = (String) row[1];
        UUID certificationId = (UUID) row[2];
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", row[0]);
        data.put("certificationId", certificationId);
        data.put("careHomeId", row[3]);
        data.put("staffId", row[4]);
        data.put("staffNumber", row[5]);
        data.put("certificationType", row[6]);
        data.put("expiryDate", String.valueOf(row[7]));
        data.put("detectedOn", asOf.toString());
        outbox.record("EXPIRED".equals(kind) ? EXPIRED : EXPIRING, "certifications/" + certificationId, (UUID) row[3], data);
    }
}
