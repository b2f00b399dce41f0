package io.careops.compliance.staffstatus;

import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.ServiceGrantTerms;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Verifies the scheduling service's grant on {@code POST /staff-status} (header {@value #HEADER}):
 * a JWT signed with scheduling's own private key, checked here against scheduling's public key, which
 * is configured apart from the identity provider's ({@code careops.service-grant.public-key}, PEM
 * text, or {@code careops.service-grant.public-key-location}, a PEM file; several PEM blocks are
 * accepted, so a key can be rotated without a gap). The grant must be signed by one of those keys
 * (RS256), issued by {@value #ISSUER} for {@value #AUDIENCE}, unexpired (it lives 60 s; at most
 * {@link #MAX_LIFETIME_SECONDS} s accepted), for the caller's own subject, and list in
 * {@value #STAFF_IDS_CLAIM} every person asked about. Anything else is 403: a grant never widens
 * an answer unless it is right. Verified explicitly with SmallRye JWT's {@link DefaultJWTParser} and
 * a {@link JWTAuthContextInfo} of its own, never through the bearer token's configuration.
 *
 * Not configured: a grant is ignored and the answer is what the caller's token sees (warned once at
 * start), the behaviour before grants.
 */
@ApplicationScoped
public class ServiceGrants {

    public static final String HEADER = ServiceGrantTerms.HEADER;
    public static final String ISSUER = ServiceGrantTerms.ISSUER;
    public static final String AUDIENCE = ServiceGrantTerms.AUDIENCE;
    public static final String STAFF_IDS_CLAIM = ServiceGrantTerms.STAFF_IDS_CLAIM;
    /** Scheduling makes 60 s grants; a longer-lived one was not made by it. */
    static final long MAX_LIFETIME_SECONDS = 300;

    private static final Logger LOG = Logger.getLogger(ServiceGrants.class);
    private static final Pattern PEM_BLOCK = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----[A-Za-z0-9+/=\\s]+-----END PUBLIC KEY-----");

    private final List<DefaultJWTParser> parsers;

    public ServiceGrants(@ConfigProperty(name = "careops.service-grant.public-key") Optional<String> pem,
            @ConfigProperty(name = "careops.service-grant.public-key-location") Optional<String> location,
            @ConfigProperty(name = "careops.jwt.dev-keys-allowed", defaultValue = "false") boolean devKeysAllowed) {
        List<DefaultJWTParser> found = new ArrayList<>();
        for (PublicKey key : keys(ServiceGrantTerms.pemText(pem, location, devKeysAllowed, "public"))) {
            JWTAuthContextInfo context = new JWTAuthContextInfo(key, ISSUER);
            context.setExpectedAudience(Set.of(AUDIENCE));
            context.setMaxTimeToLiveSecs(MAX_LIFETIME_SECONDS);
            context.setRequiredClaims(Set.of("sub", "exp", "iat", STAFF_IDS_CLAIM));
            context.setClockSkew(5);
            found.add(new DefaultJWTParser(context));
        }
        this.parsers = List.copyOf(found);
    }

    void onStart(@Observes StartupEvent event) {
        if (parsers.isEmpty()) {
            LOG.warn("No service grant key (CAREOPS_SERVICE_GRANT_PUBLIC_KEY or CAREOPS_SERVICE_GRANT_PUBLIC_KEY_LOCATION):"
                    + " grants from scheduling are ignored, and staff status answers only from the caller's care homes"
                    + " (deploy/README.md)");
        } else {
            LOG.infof("Service grants from scheduling verified with %d public key(s)", parsers.size());
        }
    }

    public boolean configured() {
        return !parsers.isEmpty();
    }

    /**
     * Whether {@code grant} lets {@code caller} ask about {@code asked} whatever homes the caller
     * sees: false when there is no grant or none is accepted (not configured); true when it is
     * valid; 403 problem otherwise.
     */
    public boolean admits(String grant, JsonWebToken caller, Collection<UUID> asked) {
        if (grant == null || grant.isBlank() || parsers.isEmpty()) {
            return false;
        }
        JsonWebToken verified = verify(grant.strip());
        if (verified.getSubject() == null || !verified.getSubject().equals(caller.getSubject())) {
            throw refused("the grant was made for another caller");
        }
        Set<UUID> granted = staffIds(verified.getClaim(STAFF_IDS_CLAIM));
        for (UUID id : asked) {
            if (!granted.contains(id)) {
                throw refused("the grant does not cover staff member " + id);
            }
        }
        return true;
    }

    private JsonWebToken verify(String grant) {
        ParseException last = null;
        for (DefaultJWTParser parser : parsers) {
            try {
                return parser.parse(grant);
            } catch (ParseException e) {
                last = e;
            }
        }
        LOG.debugf(last, "Service grant refused");
        throw refused("the grant is not valid (signature, issuer, audience or expiry)");
    }

    private static Set<UUID> staffIds(Object claim) {
        Set<UUID> ids = new HashSet<>();
        if (claim instanceof Iterable<?> values) {
            for (Object value : values) {
                String text = value instanceof jakarta.json.JsonString json ? json.getString() : String.valueOf(value);
                try {
                    ids.add(UUID.fromString(text.replace("\"", "")));
                } catch (IllegalArgumentException notAnId) {
                    // Not an id: covers no one.
                }
            }
        }
        return ids;
    }

    private static ProblemException refused(String why) {
        return new ProblemException(ProblemType.FORBIDDEN, "Service grant refused: " + why);
    }

    private static List<PublicKey> keys(Optional<String> pem) {
        if (pem.isEmpty()) {
            return List.of();
        }
        String text = pem.get();
        List<PublicKey> keys = new ArrayList<>();
        Matcher blocks = PEM_BLOCK.matcher(text);
        try {
            while (blocks.find()) {
                keys.add(KeyUtils.decodePublicKey(blocks.group()));
            }
            if (keys.isEmpty()) {
                keys.add(KeyUtils.decodePublicKey(text.strip()));
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The service grant public key is not a PEM RSA public key: " + e.getMessage(), e);
        }
        return keys;
    }
}
