package io.careops.scheduling.eligibility.service;

import io.careops.scheduling.rotahealth.service.ComplianceClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The one call to compliance an assignment makes, guarded with MicroProfile Fault Tolerance
 * (SmallRye, {@code quarkus-smallrye-fault-tolerance}): at most 1.5 s per attempt (the client's own
 * read timeout, 2.5 s, is longer so that this one decides); one retry
 * 100 ms later for a refused connection or an error answer (not after a timeout: that would
 * double the wait); a circuit breaker that opens when half of the last 4 calls failed and stays
 * open 5 s, so an outage costs each assignment nothing. Callers treat any exception as
 * "compliance could not answer". The figures can be changed per deployment through the standard
 * MicroProfile Fault Tolerance properties
 * ({@code io.careops.scheduling.eligibility.service.GuardedCompliance/status/Timeout/value}).
 */
@ApplicationScoped
public class GuardedCompliance {

    private final ComplianceCertificationsClient client;
    private final ComplianceClient homeClient;

    public GuardedCompliance(@RestClient ComplianceCertificationsClient client, @RestClient ComplianceClient homeClient) {
        this.client = client;
        this.homeClient = homeClient;
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5000, successThreshold = 1)
    @Timeout(1500)
    public ComplianceClient.StatusResponse status(String authorization, String grant,
            ComplianceClient.StatusRequest request) {
        return client.status(authorization, grant, request);
    }

    /**
     * Rota health's call, for everyone of a home who could be on or suggested for a shift (several
     * hundred people): the same guard with a longer wait, 3 s (its client reads for 3.5 s), and a
     * circuit breaker of its own, so a home too large to answer in time never stops assignments.
     */
    @Retry(maxRetries = 1, delay = 100, abortOn = {TimeoutException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5000, successThreshold = 1)
    @Timeout(3000)
    public ComplianceClient.StatusResponse statusOfHome(String authorization, ComplianceClient.StatusRequest request) {
        return homeClient.status(authorization, request);
    }
}
